package dev.khao.tag;

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

/** Queries over tags. */
@ApplicationScoped
public class TagRepository implements PanacheRepositoryBase<Tag, UUID> {

    public Optional<Tag> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public boolean slugTaken(String slug, UUID except) {
        return count("slug = ?1 and id <> ?2", slug, except) > 0;
    }

    public Page<Tag> page(PageRequest request) {
        return KeysetPages.byName(this, request, null);
    }

    /** Published articles per tag, for the given tags. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Long> publishedArticleCounts(Collection<UUID> ids) {
        Map<UUID, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT link.tag_id, count(*) FROM article_tags link JOIN articles a ON a.id = link.article_id
                WHERE link.tag_id = ANY(?1) AND a.status = 'published' AND a.published_at <= now()
                GROUP BY link.tag_id""")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
