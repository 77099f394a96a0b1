package dev.khao.search.index;

import dev.khao.common.SqlTimestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The persisted progress of the re-index: one row, so a restart knows where to resume. */
@ApplicationScoped
public class ReindexRepository {

    private final EntityManager em;

    public ReindexRepository(EntityManager em) {
        this.em = em;
    }

    /** The progress row and the last article done. */
    public record State(ReindexProgress progress, UUID lastArticleId) {
    }

    /** Reads the row; {@code lock} holds it until the transaction ends, so two runs never interleave a batch. */
    public State read(boolean lock) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT state, total, done, started_at, finished_at, error, last_article_id"
                + " FROM search_reindex WHERE id = 1" + (lock ? " FOR UPDATE" : "")).getSingleResult();
        return new State(new ReindexProgress((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                SqlTimestamps.of(r[3]), SqlTimestamps.of(r[4]), (String) r[5]), (UUID) r[6]);
    }

    public void restart(long total, OffsetDateTime now) {
        em.createNativeQuery("UPDATE search_reindex SET state = 'running', total = ?1, done = 0, last_article_id = NULL,"
                + " started_at = ?2, finished_at = NULL, error = NULL WHERE id = 1")
                .setParameter(1, total).setParameter(2, now).executeUpdate();
    }

    public void advance(int done, UUID lastArticleId) {
        em.createNativeQuery("UPDATE search_reindex SET done = done + ?1, last_article_id = ?2 WHERE id = 1")
                .setParameter(1, done).setParameter(2, lastArticleId).executeUpdate();
    }

    /** Finished: the total becomes what was actually done (articles written meanwhile were indexed by their writers). */
    public void complete(OffsetDateTime now) {
        em.createNativeQuery("UPDATE search_reindex SET state = 'completed', total = greatest(total, done), finished_at = ?1 WHERE id = 1")
                .setParameter(1, now).executeUpdate();
    }

    public void fail(String error, OffsetDateTime now) {
        em.createNativeQuery("UPDATE search_reindex SET state = 'failed', error = ?1, finished_at = ?2 WHERE id = 1")
                .setParameter(1, error).setParameter(2, now).executeUpdate();
    }
}
