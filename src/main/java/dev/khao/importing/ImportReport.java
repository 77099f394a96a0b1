package dev.khao.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What an import did, line by line counted. */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(description = "Non-blank lines read", example = "87226") long received,
        @Schema(description = "Articles created", example = "87000") long created,
        @Schema(description = "Articles replaced because their line changed (or the article was edited since the last import)", example = "200") long updated,
        @Schema(description = "Lines skipped because the last import of the same line is still current", example = "20") long unchanged,
        @Schema(description = "Lines not imported; the first of them are listed in errors", example = "6") long rejected,
        @Schema(description = "Rejected lines in line order, at most khao.import.max-errors of them") List<ImportError> errors,
        @Schema(description = "Rejected lines left out of errors", example = "0") long errorsOmitted,
        @Schema(description = "Wall-clock time of the import in milliseconds", example = "241000") long durationMs) {

    /** One rejected line. */
    @Schema(name = "ImportError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportError(
            @Schema(description = "1-based line number in the body", example = "42") long line,
            @Schema(description = "The line's id, when it could be read", example = "thaigov-89778") String externalId,
            @Schema(example = "title: must not be blank") String reason) {
    }
}
