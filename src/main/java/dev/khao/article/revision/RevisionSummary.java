package dev.khao.article.revision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A revision in the history list: who changed what, when; without the snapshot. */
@Schema(name = "RevisionSummary")
public record RevisionSummary(
        @Schema(description = "1 for the first write, then one more per write", example = "3") int number,
        @Schema(description = "What the write did", enumeration = {"created", "updated", "deleted", "restored", "published", "unpublished"},
                example = "updated") String change,
        @Schema(description = "Fields that differ from the previous revision (all fields set, for the first)",
                example = "[\"title\", \"bodyHtml\", \"bodyText\", \"wordCount\"]") List<String> changedFields,
        @Schema(description = "Name of the API key that wrote it; `system` for writes of the server itself", example = "โต๊ะข่าวเศรษฐกิจ") String createdBy,
        OffsetDateTime createdAt) {

    @SuppressWarnings("unchecked")
    static RevisionSummary of(Object[] row) {
        return new RevisionSummary((Integer) row[0], (String) row[1], List.copyOf((List<String>) row[2]), (String) row[3], (OffsetDateTime) row[4]);
    }
}
