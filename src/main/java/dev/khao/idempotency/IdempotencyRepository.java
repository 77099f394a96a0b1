package dev.khao.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The stored first responses of creating POSTs. */
@ApplicationScoped
public class IdempotencyRepository {

    /** A stored response. */
    record Stored(String requestHash, int status, String location, String etag, String body) {
    }

    private final EntityManager em;

    public IdempotencyRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the key for this transaction: true when it was free (or expired). A concurrent claim of the same key
     * waits here until the first transaction ends, then sees its stored response (false) or, if it rolled back,
     * claims the key itself.
     */
    boolean claim(String scope, String key, String requestHash, OffsetDateTime now, OffsetDateTime expiresAt) {
        em.createNativeQuery("DELETE FROM idempotency_keys WHERE scope = ?1 AND expires_at <= ?2 AND key <> ?3")
                .setParameter(1, scope).setParameter(2, now).setParameter(3, key).executeUpdate();
        return em.createNativeQuery("""
                        INSERT INTO idempotency_keys (scope, key, request_hash, status, body, created_at, expires_at)
                        VALUES (?1, ?2, ?3, 0, '', ?4, ?5)
                        ON CONFLICT (scope, key) DO UPDATE
                            SET request_hash = EXCLUDED.request_hash, status = 0, location = NULL, etag = NULL, body = '',
                                created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
                            WHERE idempotency_keys.expires_at <= EXCLUDED.created_at""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, now).setParameter(5, expiresAt)
                .executeUpdate() == 1;
    }

    void complete(String scope, String key, int status, String location, String etag, String body) {
        em.createNativeQuery("UPDATE idempotency_keys SET status = ?3, location = ?4, etag = ?5, body = ?6 WHERE scope = ?1 AND key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status)
                .setParameter(4, location).setParameter(5, etag).setParameter(6, body)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    Optional<Stored> find(String scope, String key) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT request_hash, status, location, etag, body FROM idempotency_keys WHERE scope = ?1 AND key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(row -> new Stored((String) row[0], ((Number) row[1]).intValue(),
                (String) row[2], (String) row[3], (String) row[4]));
    }
}
