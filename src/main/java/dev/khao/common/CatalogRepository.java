package dev.khao.common;

import dev.khao.common.paging.KeysetPages;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.FlushModeType;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries every catalog table answers the same way: by slug, in dictionary order, and how many published articles use a row. */
public interface CatalogRepository<E extends CatalogEntity> extends PanacheRepositoryBase<E, UUID> {

    /** SQL yielding (catalog row id, article id) pairs: how this table is linked to articles. */
    String articleLinks();

    /** The table's name in SQL. */
    String table();

    /**
     * Of {@code ids}, those of rows not in the trash, each locked {@code FOR KEY SHARE} until the transaction ends:
     * an article write linking them holds these, so {@link #lockForTrashing} waits for it to commit, while edits of
     * the rows (a rename) neither wait for it nor make it wait.
     */
    @SuppressWarnings("unchecked")
    default List<UUID> lockLive(Collection<UUID> ids) {
        // Asked halfway through writing an article: flushing its half-written state first would cost a second UPDATE.
        return getEntityManager().createNativeQuery("SELECT id FROM " + table() + " WHERE id = ANY(?1) AND deleted_at IS NULL FOR KEY SHARE", UUID.class)
                .setParameter(1, ids.toArray(UUID[]::new)).setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    /** Locks the row {@code FOR UPDATE} before it is trashed: the one row lock that waits for {@link #lockLive}'s. */
    default void lockForTrashing(UUID id) {
        getEntityManager().createNativeQuery("SELECT id FROM " + table() + " WHERE id = ?1 FOR UPDATE", UUID.class)
                .setParameter(1, id).getResultList();
    }

    /** A row not in the trash, by slug. */
    default Optional<E> findBySlug(String slug) {
        return find("slug = ?1 and deletedAt is null", slug).firstResultOptional();
    }

    /** A row not in the trash, by id; null when there is none. */
    default E findLive(UUID id) {
        E entity = findById(id);
        return entity == null || entity.deletedAt != null ? null : entity;
    }

    default boolean slugTaken(String slug, UUID except) {
        // Asked while the row being written is already changed: an automatic flush here wrote it twice (two versions
        // and its type-ahead rows rebuilt twice per write). Only that row is changed, and its own slug is excluded.
        return !getEntityManager().createNativeQuery("SELECT 1 FROM " + table() + " WHERE slug = ?1 AND id <> ?2 LIMIT 1")
                .setParameter(1, slug).setParameter(2, except).setFlushMode(FlushModeType.COMMIT).getResultList().isEmpty();
    }

    /** {@link #articleLinks()} as {@code link(ref, article_id)}, joined to the linked articles as {@code a}. */
    default String linkedArticles() {
        return "(" + articleLinks() + ") AS link(ref, article_id) JOIN articles a ON a.id = link.article_id";
    }

    default Page<E> page(PageRequest request) {
        return KeysetPages.byName(this, request, null);
    }

    /** Which articles (aliased {@code a}) make the rows they link to public: those the public view shows. */
    String PUBLIC_ARTICLE = ArticleVisibility.SQL.formatted("now()");

    /** Ids after {@code after} (all when null) of rows a public article links to, in id order, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    default List<UUID> publiclyLinkedAfter(UUID after, int limit) {
        var query = getEntityManager().createNativeQuery(
                "SELECT DISTINCT link.ref FROM " + linkedArticles() + " WHERE " + PUBLIC_ARTICLE
                        + (after == null ? " AND link.ref IS NOT NULL" : " AND link.ref > ?2")
                        + " ORDER BY link.ref LIMIT ?1", UUID.class)
                .setParameter(1, limit);
        if (after != null) {
            query.setParameter(2, after);
        }
        return query.getResultList();
    }

    /** Publicly visible articles per row at {@code now}, for the given rows; rows without any are absent. */
    @SuppressWarnings("unchecked")
    default Map<UUID, Long> publishedArticleCounts(Collection<UUID> ids, OffsetDateTime now) {
        Map<UUID, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "SELECT link.ref, count(*) FROM " + linkedArticles()
                        + " WHERE link.ref = ANY(?1) AND " + ArticleVisibility.SQL.formatted("?2")
                        + " GROUP BY link.ref")
                .setParameter(1, ids.toArray(UUID[]::new))
                .setParameter(2, now)
                .getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
