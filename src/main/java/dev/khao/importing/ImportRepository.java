package dev.khao.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The fingerprints of imported articles, one statement per batch. */
@ApplicationScoped
public class ImportRepository {

    private final EntityManager em;

    public ImportRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Fingerprints of the last import of the given articles of {@code source}, by external id; only for articles
     * not changed since (their version is still the one the import left).
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> currentFingerprints(String source, Collection<String> externalIds) {
        Map<String, String> fingerprints = new HashMap<>();
        if (externalIds.isEmpty()) {
            return fingerprints;
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.external_id, i.fingerprint
                FROM articles a JOIN article_imports i ON i.article_id = a.id AND i.article_version = a.version
                WHERE a.external_source = ?1 AND a.external_id = ANY(?2)""")
                .setParameter(1, source)
                .setParameter(2, externalIds.toArray(String[]::new))
                .getResultList();
        rows.forEach(row -> fingerprints.put((String) row[0], (String) row[1]));
        return fingerprints;
    }

    /**
     * Writes out and forgets everything the session holds. Hibernate checks every entity it holds on each flush
     * (and the article service flushes before each of its queries), so a batch that kept all its articles would
     * cost quadratic time; flushing first keeps whatever change observers added.
     */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    /** Records what was imported into each article, with the article's version as it now stands. */
    public void record(Map<UUID, String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return;
        }
        UUID[] ids = new UUID[fingerprints.size()];
        String[] values = new String[fingerprints.size()];
        int i = 0;
        for (Map.Entry<UUID, String> entry : fingerprints.entrySet()) {
            ids[i] = entry.getKey();
            values[i++] = entry.getValue();
        }
        em.createNativeQuery("""
                INSERT INTO article_imports (article_id, fingerprint, article_version, imported_at)
                SELECT a.id, f.fingerprint, a.version, now()
                FROM unnest(cast(?1 AS uuid[]), cast(?2 AS text[])) AS f (article_id, fingerprint)
                JOIN articles a ON a.id = f.article_id
                ON CONFLICT (article_id) DO UPDATE
                SET fingerprint = excluded.fingerprint, article_version = excluded.article_version, imported_at = excluded.imported_at""")
                .setParameter(1, ids)
                .setParameter(2, values)
                .executeUpdate();
    }
}
