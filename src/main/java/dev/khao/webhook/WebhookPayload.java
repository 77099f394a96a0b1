package dev.khao.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The JSON body of a delivery. */
@Schema(name = "WebhookPayload")
public record WebhookPayload(
        @Schema(description = "Event id: the same in every delivery (and redelivery) of this event; use it to drop repeats") UUID id,
        @Schema(example = "article.published") String event,
        OffsetDateTime occurredAt,
        Resource resource,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The resource as its GET returned it when the change committed; absent for deletes and unpublishing",
                nullable = true)
        Object data,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "ETag of `data`, as the resource's GET sends it", nullable = true, example = "\"k3JdO8rVbN0b1c4zX9dJYw\"")
        String etag) {

    /** Which resource the event is about. */
    @Schema(name = "WebhookResource")
    public record Resource(@Schema(example = "article") String type, UUID id) {
    }
}
