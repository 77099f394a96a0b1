package dev.khao.sync;

import dev.khao.common.ContentChanged.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The change log and the mirror of article links (tables sync_changes and sync_article_refs). */
@ApplicationScoped
class SyncRepository {

    /** A log row: where it is and which resource changed. */
    record Change(SyncPosition position, SyncKey key) {
    }

    private static final Map<ContentType, String> TABLES = Map.of(
            ContentType.SECTION, "sections", ContentType.TAG, "tags", ContentType.AUTHOR, "authors", ContentType.ENTITY, "entities");

    private final EntityManager em;

    SyncRepository(EntityManager em) {
        this.em = em;
    }

    /** The oldest transaction id still running (or the next one to be given out): every smaller one has finished. */
    long finishedBelow() {
        return Long.parseUnsignedLong((String) nativeQuery("SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text)").getSingleResult());
    }

    /** Log rows after {@code after} written by transactions below {@code finishedBelow}, in (txid, seq) order. */
    @SuppressWarnings("unchecked")
    List<Change> after(SyncPosition after, long finishedBelow, int limit) {
        // Ordered by the qualified columns: a bare "txid" in ORDER BY names the text output column, and text puts 100
        // before 99, which moved tokens past the rows of shorter transaction ids.
        List<Object[]> rows = nativeQuery("SELECT CAST(c.txid AS text), c.seq, c.resource_type, c.resource_id FROM sync_changes c"
                        + " WHERE (c.txid, c.seq) > (CAST(?1 AS xid8), ?2) AND c.txid < CAST(?3 AS xid8)"
                        + " ORDER BY c.txid, c.seq LIMIT ?4")
                .setParameter(1, Long.toUnsignedString(after.txid()))
                .setParameter(2, after.seq())
                .setParameter(3, Long.toUnsignedString(finishedBelow))
                .setParameter(4, limit)
                .getResultList();
        return rows.stream().map(r -> new Change(new SyncPosition(Long.parseUnsignedLong((String) r[0]), ((Number) r[1]).longValue()),
                new SyncKey(SyncKey.type((String) r[2]), (UUID) r[3]))).toList();
    }

    /** Appends rows to the log in the current transaction. */
    void log(Collection<SyncKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        nativeQuery("INSERT INTO sync_changes (resource_type, resource_id)"
                        + " SELECT * FROM unnest(CAST(?1 AS text[]), CAST(?2 AS uuid[]))")
                .setParameter(1, keys.stream().map(SyncKey::typeName).toArray(String[]::new))
                .setParameter(2, keys.stream().map(SyncKey::id).toArray(UUID[]::new))
                .executeUpdate();
    }

    /** What the article links to now, from the link tables (nothing when it no longer exists). */
    Set<SyncKey> currentLinks(UUID article) {
        return keys(nativeQuery(
                        "SELECT 'section', section_id FROM articles WHERE id = ?1 AND section_id IS NOT NULL"
                                + " UNION ALL SELECT 'tag', tag_id FROM article_tags WHERE article_id = ?1"
                                + " UNION ALL SELECT 'author', author_id FROM article_authors WHERE article_id = ?1"
                                + " UNION ALL SELECT 'entity', entity_id FROM article_entities WHERE article_id = ?1")
                .setParameter(1, article));
    }

    /** What the article linked to at its last recorded change. */
    Set<SyncKey> mirroredLinks(UUID article) {
        return keys(nativeQuery("SELECT ref_type, ref_id FROM sync_article_refs WHERE article_id = ?1").setParameter(1, article));
    }

    /** The mirrored links of several articles. */
    @SuppressWarnings("unchecked")
    Set<SyncKey> mirroredLinks(Collection<UUID> articles) {
        if (articles.isEmpty()) {
            return Set.of();
        }
        return keys(nativeQuery("SELECT ref_type, ref_id FROM sync_article_refs WHERE article_id = ANY(?1)")
                .setParameter(1, articles.toArray(UUID[]::new)));
    }

    /** Articles whose mirrored links include the resource. */
    @SuppressWarnings("unchecked")
    List<UUID> articlesLinking(SyncKey ref) {
        return nativeQuery("SELECT article_id FROM sync_article_refs WHERE ref_type = ?1 AND ref_id = ?2", UUID.class)
                .setParameter(1, ref.typeName()).setParameter(2, ref.id()).getResultList();
    }

    void replaceMirror(UUID article, Set<SyncKey> old, Set<SyncKey> now) {
        List<SyncKey> gone = old.stream().filter(k -> !now.contains(k)).toList();
        List<SyncKey> added = now.stream().filter(k -> !old.contains(k)).toList();
        if (!gone.isEmpty()) {
            nativeQuery("DELETE FROM sync_article_refs WHERE article_id = ?1"
                            + " AND (ref_type, ref_id) IN (SELECT * FROM unnest(CAST(?2 AS text[]), CAST(?3 AS uuid[])))")
                    .setParameter(1, article)
                    .setParameter(2, gone.stream().map(SyncKey::typeName).toArray(String[]::new))
                    .setParameter(3, gone.stream().map(SyncKey::id).toArray(UUID[]::new))
                    .executeUpdate();
        }
        if (!added.isEmpty()) {
            nativeQuery("INSERT INTO sync_article_refs (article_id, ref_type, ref_id)"
                            + " SELECT ?1, * FROM unnest(CAST(?2 AS text[]), CAST(?3 AS uuid[])) ON CONFLICT DO NOTHING")
                    .setParameter(1, article)
                    .setParameter(2, added.stream().map(SyncKey::typeName).toArray(String[]::new))
                    .setParameter(3, added.stream().map(SyncKey::id).toArray(UUID[]::new))
                    .executeUpdate();
        }
    }

    /**
     * Share-locks catalog rows until the transaction ends. Linking a row only takes a key-share lock, which a
     * rename does not wait for; this lock makes a rename and a new link to the renamed row take turns, so the one
     * committing second always sees the other and logs the article (see {@link SyncRecorder}).
     */
    void lockShared(Collection<SyncKey> refs) {
        Map<ContentType, List<UUID>> byType = refs.stream()
                .collect(Collectors.groupingBy(SyncKey::type, HashMap::new, Collectors.mapping(SyncKey::id, Collectors.toList())));
        byType.forEach((type, ids) -> nativeQuery("SELECT id FROM " + TABLES.get(type) + " WHERE id = ANY(?1) ORDER BY id FOR SHARE")
                .setParameter(1, ids.toArray(UUID[]::new)).getResultList());
    }

    /** Deletes log rows recorded before {@code before}; returns how many. */
    int prune(OffsetDateTime before) {
        return nativeQuery("DELETE FROM sync_changes WHERE recorded_at < ?1").setParameter(1, before).executeUpdate();
    }

    /**
     * A native query that does not flush the session first: the recorder flushes it once before it reads and writes
     * the log (see {@link SyncRecorder}), and reading the log needs nothing unflushed. Each of an article write's half
     * dozen queries here flushing again dirty-checked everything the session held, about a twentieth of an import's
     * application time.
     */
    private Query nativeQuery(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    /** {@link #nativeQuery(String)} whose rows are single values of {@code type}. */
    private Query nativeQuery(String sql, Class<?> type) {
        return em.createNativeQuery(sql, type).setFlushMode(FlushModeType.COMMIT);
    }

    @SuppressWarnings("unchecked")
    private static Set<SyncKey> keys(Query query) {
        Set<SyncKey> keys = new LinkedHashSet<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            keys.add(new SyncKey(SyncKey.type((String) row[0]), (UUID) row[1]));
        }
        return keys;
    }
}
