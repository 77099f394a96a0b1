package dev.khao.trash;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Something in the trash, as the trash lists it. */
@Schema(name = "TrashItem")
public record TrashItem(
        @Schema(enumeration = {"article", "section", "tag", "author", "entity"}, example = "article") String type,
        UUID id,
        @Schema(description = "An article's title, anything else's (display) name", example = "ชัยวุฒิ โชว์เน็ตประชารัฐ") String name,
        OffsetDateTime deletedAt,
        @Schema(description = "Name of the API key that trashed it", example = "โต๊ะข่าวเศรษฐกิจ") String deletedBy,
        @Schema(description = "When it will be purged for good unless restored (khao.trash.retention after deletedAt)") OffsetDateTime purgeAt) {
}
