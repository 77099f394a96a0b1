package dev.khao.auth;

import java.time.OffsetDateTime;

/** Turns keys into what administrators see of them. */
final class ApiKeyMapper {

    private ApiKeyMapper() {
    }

    static ApiKeyResponse toResponse(ApiKey key, OffsetDateTime now) {
        return new ApiKeyResponse(key.id, key.name, key.role, key.keyPrefix, key.createdAt, key.createdBy, key.expiresAt,
                key.lastUsedAt, key.revokedAt, key.rateLimitPerMinute, key.isUsableAt(now));
    }

    static NewApiKeyResponse toNew(ApiKeyService.Created created) {
        ApiKey key = created.key();
        return new NewApiKeyResponse(key.id, key.name, key.role, created.secret(), key.keyPrefix, key.createdAt,
                key.createdBy, key.expiresAt, key.rateLimitPerMinute);
    }
}
