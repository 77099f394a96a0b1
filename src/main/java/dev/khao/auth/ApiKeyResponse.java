package dev.khao.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An API key as administrators see it: never its secret or hash, only the prefix that tells keys apart. */
@Schema(name = "ApiKey")
public record ApiKeyResponse(
        UUID id,
        @Schema(example = "แอปข่าวมือถือ") String name,
        @Schema(example = "partner") Role role,
        @Schema(description = "First characters of the secret", example = "khao_Q2x9aB") String keyPrefix,
        OffsetDateTime createdAt,
        @Schema(description = "Name of the key that created it", example = "admin (generated)") String createdBy,
        OffsetDateTime expiresAt,
        @Schema(description = "Last request made with the key (updated at most once a minute)") OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt,
        @Schema(description = "Own rate limit; null when the role's default applies", example = "300") Integer rateLimitPerMinute,
        @Schema(description = "Whether requests with the key are accepted now (not revoked, not expired)") boolean active) {
}
