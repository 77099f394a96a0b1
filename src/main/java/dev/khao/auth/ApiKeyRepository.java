package dev.khao.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import dev.khao.common.paging.KeysetPages;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Queries over API keys. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    public Optional<ApiKey> findByHash(byte[] hash) {
        return find("keyHash", (Object) hash).firstResultOptional();
    }

    public boolean anyUsableAdmin(OffsetDateTime now) {
        return count("role = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)", Role.ADMIN, now) > 0;
    }

    public long countUsableAdminsOtherThan(UUID id, OffsetDateTime now) {
        return count("role = ?1 and id <> ?2 and revokedAt is null and (expiresAt is null or expiresAt > ?3)", Role.ADMIN, id, now);
    }

    /** One page in creation order. */
    public Page<ApiKey> page(PageRequest request) {
        return KeysetPages.byCreation(this, request, key -> key.createdAt, key -> key.id);
    }

    /** Records a use without loading or versioning the key: many requests may use it at once. */
    public void touch(UUID id, OffsetDateTime now) {
        update("lastUsedAt = ?1 where id = ?2", now, id);
    }
}
