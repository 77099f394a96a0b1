package dev.khao.article.revision;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.article.ArticleResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A revision with the article exactly as it was after that write. */
@Schema(name = "Revision")
public record RevisionResponse(
        @Schema(example = "3") int number,
        @Schema(enumeration = {"created", "updated", "deleted", "restored", "published", "unpublished"}, example = "updated") String change,
        @Schema(example = "[\"title\"]") List<String> changedFields,
        @Schema(example = "โต๊ะข่าวเศรษฐกิจ") String createdBy,
        OffsetDateTime createdAt,
        @Schema(description = "The article as GET answered it right after this write", implementation = ArticleResponse.class) JsonNode article) {

    /** The revision with its article as it was ({@link StoredSnapshots#full}). */
    static RevisionResponse of(ArticleRevision revision, JsonNode article) {
        return new RevisionResponse(revision.number, revision.change, List.copyOf(revision.changedFields), revision.createdBy,
                revision.createdAt, article);
    }
}
