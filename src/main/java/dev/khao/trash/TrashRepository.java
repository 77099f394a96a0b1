package dev.khao.trash;

import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.LowerCaseEnums;
import dev.khao.common.paging.Cursor;
import dev.khao.common.SqlTimestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Trashed rows of every content table, read together. */
@ApplicationScoped
public class TrashRepository {

    /** Per type: the table and the SQL naming a row for people. */
    private static final Map<ContentType, String[]> TABLES = Map.of(
            ContentType.ARTICLE, new String[]{"articles", "title"},
            ContentType.SECTION, new String[]{"sections", "name"},
            ContentType.TAG, new String[]{"tags", "name"},
            ContentType.AUTHOR, new String[]{"authors", "name"},
            // The display name: Thai, else English, else the first by language code (NamedEntity.displayName).
            ContentType.ENTITY, new String[]{"entities", "coalesce(name->>'th', name->>'en', (SELECT n.value FROM jsonb_each_text(name) n ORDER BY n.key LIMIT 1))"});

    private final EntityManager em;

    public TrashRepository(EntityManager em) {
        this.em = em;
    }

    /** A trashed row. */
    public record Row(ContentType type, UUID id, String name, OffsetDateTime deletedAt, String deletedBy) {
    }

    public long count(List<ContentType> types) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM (" + union(types) + ") t").getSingleResult()).longValue();
    }

    /** Up to {@code limit} rows after the cursor, most recently trashed first. */
    @SuppressWarnings("unchecked")
    public List<Row> page(List<ContentType> types, Cursor after, int limit) {
        String keyset = after == null ? "" : " WHERE t.deleted_at < ?1 OR (t.deleted_at = ?1 AND t.id < ?2)";
        Query query = em.createNativeQuery("SELECT t.type, t.id, t.name, t.deleted_at, t.deleted_by FROM (" + union(types) + ") t"
                + keyset + " ORDER BY t.deleted_at DESC, t.id DESC LIMIT " + limit);
        if (after != null) {
            query.setParameter(1, after.timeKey()).setParameter(2, after.id());
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            rows.add(new Row(ContentType.valueOf(((String) r[0]).toUpperCase()), (UUID) r[1], (String) r[2], SqlTimestamps.of(r[3]), (String) r[4]));
        }
        return rows;
    }

    /**
     * Locks and returns up to {@code limit} ids of rows of one type trashed before {@code cutoff}; rows another
     * instance is purging are skipped.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockExpired(ContentType type, OffsetDateTime cutoff, int limit) {
        return em.createNativeQuery("SELECT id FROM " + TABLES.get(type)[0] + " WHERE deleted_at < ?1 ORDER BY deleted_at, id LIMIT ?2"
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, cutoff).setParameter(2, limit).getResultList();
    }

    private static String union(List<ContentType> types) {
        return types.stream().map(type -> "SELECT '" + LowerCaseEnums.name(type) + "' AS type, id, " + TABLES.get(type)[1]
                        + " AS name, deleted_at, deleted_by FROM " + TABLES.get(type)[0] + " WHERE deleted_at IS NOT NULL")
                .collect(Collectors.joining(" UNION ALL "));
    }
}
