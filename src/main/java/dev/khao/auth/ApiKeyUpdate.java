package dev.khao.auth;

import dev.khao.common.FourDigitYear;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** What may change on an existing key (a merge patch over it): never its secret or role, which need a new key. */
@Schema(name = "ApiKeyUpdate")
public record ApiKeyUpdate(
        @Schema(example = "แอปข่าวมือถือ") @NotBlank @Size(max = 100) String name,
        @Schema(description = "When the key stops working; null for never, a past time to expire it now") @FourDigitYear OffsetDateTime expiresAt,
        @Schema(description = "Requests per minute; null for the role's default", example = "300") @Positive Integer rateLimitPerMinute) {
}
