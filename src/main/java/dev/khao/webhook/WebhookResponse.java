package dev.khao.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A subscription as the admin API shows it; the secret only in the answer that created or changed it. */
@Schema(name = "Webhook")
public record WebhookResponse(
        UUID id,
        String url,
        String description,
        List<String> events,
        boolean enabled,
        @Schema(description = "Why deliveries stopped, when the subscription was disabled after failing", nullable = true) String disabledReason,
        @Schema(description = "Since when every attempt has failed; null after a success", nullable = true) OffsetDateTime failingSince,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret: shown once, when set; store it now", nullable = true)
        String secret) {
}
