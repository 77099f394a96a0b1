package dev.khao.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A key just created, with its secret: the only time the secret is ever shown. */
@Schema(name = "NewApiKey")
public record NewApiKeyResponse(
        UUID id,
        @Schema(example = "แอปข่าวมือถือ") String name,
        @Schema(example = "partner") Role role,
        @Schema(description = "The key to send as `Authorization: Bearer …`; shown once, store it now",
                example = "khao_Q2x9aBc…") String secret,
        @Schema(example = "khao_Q2x9aB") String keyPrefix,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime expiresAt,
        Integer rateLimitPerMinute) {
}
