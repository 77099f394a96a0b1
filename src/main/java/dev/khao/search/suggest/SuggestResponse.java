package dev.khao.search.suggest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.khao.common.LowerCaseEnums;
import dev.khao.entity.EntityType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Type-ahead suggestions for a prefix, best first. */
@Schema(name = "SuggestResponse")
public record SuggestResponse(List<Suggestion> data, SuggestMeta meta) {

    /** What a suggestion points to. */
    public enum SuggestionType {
        ENTITY, TAG, SECTION, ARTICLE;

        @JsonValue
        @Override
        public String toString() {
            return LowerCaseEnums.name(this);
        }

        static SuggestionType of(String value) {
            return LowerCaseEnums.parse(SuggestionType.class, value)
                    .orElseThrow(() -> new IllegalStateException("Unknown suggestion type " + value));
        }
    }

    /** One thing whose name, alias or title starts with the query (or has a word that does). */
    @Schema(name = "Suggestion")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Suggestion(
            @Schema(example = "entity") SuggestionType type,
            UUID id,
            @Schema(example = "escap") String slug,
            @Schema(description = "The name, alias or title that matched, as written", example = "เอสแคป") String label,
            @Schema(description = "Display name of an entity, tag or section (absent for articles)", example = "เอสแคป") String name,
            @Schema(description = "Title of an article (absent otherwise)", example = "เอสแคปจัดประชุมความร่วมมือดิจิทัลที่กรุงเทพฯ") String title,
            @Schema(description = "Kind of entity (entities only)", example = "organization") EntityType entityType,
            @Schema(description = "Language of an article (articles only); its slug is unique per language", example = "th") String language) {
    }

    /** The query as understood and the page size used. */
    @Schema(name = "SuggestMeta")
    public record SuggestMeta(
            @Schema(example = "10") int limit,
            @Schema(description = "The query, trimmed", example = "เอส") String query) {
    }
}
