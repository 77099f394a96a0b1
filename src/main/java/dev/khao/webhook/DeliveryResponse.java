package dev.khao.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One delivery in a subscription's delivery log. */
@Schema(name = "WebhookDelivery")
public record DeliveryResponse(
        UUID id,
        UUID eventId,
        @Schema(example = "article.published") String event,
        WebhookPayload.Resource resource,
        @Schema(enumeration = {"pending", "delivered", "failed"}) WebhookDelivery.Status status,
        @Schema(description = "Attempts made so far") int attempts,
        @Schema(description = "HTTP status of the last attempt; null when it got no answer", nullable = true) Integer responseCode,
        @Schema(description = "Duration of the last attempt in milliseconds", nullable = true) Integer latencyMs,
        @Schema(nullable = true) String lastError,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime lastAttemptAt,
        @Schema(description = "When the next attempt is due, while pending", nullable = true) OffsetDateTime nextAttemptAt,
        @Schema(nullable = true) OffsetDateTime deliveredAt) {

    static DeliveryResponse of(WebhookDelivery d) {
        return new DeliveryResponse(d.id, d.eventId, d.event, new WebhookPayload.Resource(d.resourceType, d.resourceId), d.status,
                d.attempts, d.responseCode, d.latencyMs, d.lastError, d.createdAt, d.lastAttemptAt,
                d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null, d.deliveredAt);
    }
}
