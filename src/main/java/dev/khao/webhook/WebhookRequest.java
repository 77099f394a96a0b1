package dev.khao.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A subscription as an admin writes it. */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "https://partner.example.com/hooks/khao") String url,
        @Size(max = 500) @Schema(example = "พอร์ทัลข่าวพันธมิตร") String description,
        @NotEmpty @Schema(description = "Events to deliver: article.published, article.updated, article.unpublished, article.deleted, "
                + "section|tag|author|entity.created|updated|deleted, `<type>.*` or `*`", example = "[\"article.*\"]")
        List<@NotBlank String> events,
        @Size(min = 16, max = 200) @Schema(description = "Signing secret; generated when left out on create, kept when left out on update",
                nullable = true)
        String secret,
        @Schema(description = "false pauses deliveries; true re-enables a subscription that was disabled after failing (default true)",
                nullable = true)
        Boolean enabled) {
}
