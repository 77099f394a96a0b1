package dev.khao.entity;

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

/** Queries over named entities. */
@ApplicationScoped
public class EntityRepository implements PanacheRepositoryBase<NamedEntity, UUID> {

    public Optional<NamedEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public boolean slugTaken(String slug, UUID except) {
        return count("slug = ?1 and id <> ?2", slug, except) > 0;
    }

    /** One page in dictionary order of display name, of one type or of all when {@code type} is null. */
    public Page<NamedEntity> page(PageRequest request, EntityType type) {
        return type == null
                ? KeysetPages.byName(this, request, null)
                : KeysetPages.byName(this, request, "type = ?1", type);
    }

    /** The entities with the given ids that exist, by id; ids that match nothing are simply absent. */
    public Map<UUID, NamedEntity> findAllByIds(Collection<UUID> ids) {
        Map<UUID, NamedEntity> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        list("id in ?1", List.copyOf(ids)).forEach(entity -> found.put(entity.id, entity));
        return found;
    }

    /** Published articles per entity, for the given entities. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Long> publishedArticleCounts(Collection<UUID> ids) {
        Map<UUID, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        // (article_id, entity_id) is unique, so counting links counts articles.
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT ae.entity_id, count(*) FROM article_entities ae
                JOIN articles a ON a.id = ae.article_id
                WHERE ae.entity_id = ANY(?1) AND a.status = 'published' AND a.published_at <= now()
                GROUP BY ae.entity_id""")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
