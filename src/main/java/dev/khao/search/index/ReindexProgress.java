package dev.khao.search.index;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** Where the background re-index of all search documents stands. */
@Schema(name = "ReindexProgress")
public record ReindexProgress(
        @Schema(description = "idle (never run), queued, running, completed or failed", example = "running") String state,
        @Schema(description = "Articles to re-index, counted at the start", example = "12000") long total,
        @Schema(description = "Articles re-indexed so far", example = "4200") long done,
        OffsetDateTime startedAt,
        @Schema(nullable = true) OffsetDateTime finishedAt,
        @Schema(description = "Why the last run failed", nullable = true) String error) {
}
