package dev.khao.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One answer of the sync API. */
@Schema(name = "SyncResponse")
public record SyncResponse(List<SyncEntry> data, Meta meta) {

    /** Where to go on. */
    @Schema(name = "SyncMeta")
    public record Meta(
            @Schema(description = "Send as `token` on the next call; valid for khao.sync.retention (45 days by default)",
                    example = "MXxBUlRJQ0xFfHw3NDJ8MHwyMDI2LTA1LTAxVDAyOjMwOjAwWnw")
            String nextToken,
            @Schema(description = "true: call again right away with nextToken; false: you are up to date, call again later")
            boolean hasMore) {
    }
}
