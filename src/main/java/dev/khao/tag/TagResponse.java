package dev.khao.tag;

import dev.khao.common.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A tag as clients see it. */
@Schema(name = "Tag")
public record TagResponse(
        UUID id,
        @Schema(example = "ดิจิทัล") String slug,
        @Schema(example = "ดิจิทัล") String name,
        @Schema(example = "เศรษฐกิจดิจิทัล สตาร์ทอัพ และนโยบายเทคโนโลยี") String description,
        @Schema(description = "Published articles with this tag", example = "12") long articleCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Name of the API key that created it", example = "โต๊ะข่าวเศรษฐกิจ") String createdBy,
        @Schema(description = "Name of the API key that last changed it", example = "โต๊ะข่าวเศรษฐกิจ") String updatedBy,
        @Schema(description = ApiDoc.VERSION, example = "3") int version) {
}
