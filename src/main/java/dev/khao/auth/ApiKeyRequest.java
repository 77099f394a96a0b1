package dev.khao.auth;

import dev.khao.common.FourDigitYear;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A new API key: who it is for, what it may do and, optionally, until when and how fast. */
@Schema(name = "ApiKeyRequest")
public record ApiKeyRequest(
        @Schema(description = "Who or what uses the key", example = "แอปข่าวมือถือ") @NotBlank @Size(max = 100) String name,
        @Schema(example = "partner") @NotNull Role role,
        @Schema(description = "When the key stops working; absent for never") @FourDigitYear OffsetDateTime expiresAt,
        @Schema(description = "Requests per minute; absent for the role's default (khao.rate-limit.*)", example = "300")
        @Positive Integer rateLimitPerMinute) {
}
