package dev.khao.article.revision;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What changed from revision {@code against} to revision {@code number}: fields with both values, the body by paragraph. */
@Schema(name = "RevisionDiff")
public record RevisionDiff(
        @Schema(description = "The later state compared", example = "3") int number,
        @Schema(description = "The earlier state compared", example = "2") int against,
        @Schema(description = "Changed fields other than the body, in the article's field order") List<FieldChange> fields,
        @Schema(description = "The body's paragraphs in order, each kept, removed or added; empty when the body did not change") List<ParagraphChange> body) {

    /** A field's value before and after; null when it had none. */
    @Schema(name = "FieldChange")
    public record FieldChange(
            @Schema(example = "title") String field,
            @Schema(example = "\"ชัยวุฒิ\" ร่วมประชุมที่โซล") JsonNode before,
            @Schema(example = "\"ชัยวุฒิ\" โชว์เน็ตประชารัฐที่โซล") JsonNode after) {
    }

    /** One paragraph of the body diff. */
    @Schema(name = "ParagraphChange")
    public record ParagraphChange(
            @Schema(enumeration = {"unchanged", "removed", "added"}, example = "added") String change,
            @Schema(example = "โดยในการประชุมฯ ได้มีการหารือถึงความร่วมมือด้านดิจิทัล") String text) {
    }
}
