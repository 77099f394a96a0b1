package dev.khao.author;

import dev.khao.common.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An author as clients see it. */
@Schema(name = "Author")
public record AuthorResponse(
        UUID id,
        @Schema(example = "สมชาย-ใจดี") String slug,
        @Schema(example = "สมชาย ใจดี") String name,
        @Schema(example = "ผู้สื่อข่าวสายเศรษฐกิจ ติดตามตลาดทุนและนโยบายการเงิน") String bio,
        @Schema(example = "somchai@example.co.th") String email,
        @Schema(example = "https://cdn.example.co.th/authors/somchai.jpg") String avatarUrl,
        @Schema(description = "Published articles this author is credited on", example = "12") long articleCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Name of the API key that created it", example = "โต๊ะข่าวเศรษฐกิจ") String createdBy,
        @Schema(description = "Name of the API key that last changed it", example = "โต๊ะข่าวเศรษฐกิจ") String updatedBy,
        @Schema(description = ApiDoc.VERSION, example = "3") int version) {
}
