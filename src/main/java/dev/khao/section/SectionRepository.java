package dev.khao.section;

import dev.khao.common.paging.KeysetPages;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries over sections. */
@ApplicationScoped
public class SectionRepository implements PanacheRepositoryBase<Section, UUID> {

    public Optional<Section> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public boolean slugTaken(String slug, UUID except) {
        return count("slug = ?1 and id <> ?2", slug, except) > 0;
    }

    public Page<Section> page(PageRequest request) {
        return KeysetPages.byName(this, request, null);
    }

    /** Published articles per section, for the given sections. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Long> publishedArticleCounts(Collection<UUID> ids) {
        Map<UUID, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT section_id, count(*) FROM articles
                WHERE section_id = ANY(?1) AND status = 'published' AND published_at <= now()
                GROUP BY section_id""")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
