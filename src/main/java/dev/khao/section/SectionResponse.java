package dev.khao.section;

import dev.khao.common.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A section as clients see it. */
@Schema(name = "Section")
public record SectionResponse(
        UUID id,
        @Schema(example = "เทคโนโลยี") String slug,
        @Schema(example = "เทคโนโลยี") String name,
        @Schema(example = "ข่าวเทคโนโลยีและเศรษฐกิจดิจิทัล") String description,
        @Schema(description = "Published articles in this section", example = "12") long articleCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Name of the API key that created it", example = "โต๊ะข่าวเศรษฐกิจ") String createdBy,
        @Schema(description = "Name of the API key that last changed it", example = "โต๊ะข่าวเศรษฐกิจ") String updatedBy,
        @Schema(description = ApiDoc.VERSION, example = "3") int version) {
}
