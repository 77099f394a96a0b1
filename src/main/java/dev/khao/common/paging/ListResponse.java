package dev.khao.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The envelope of every list: the page's items and what is needed to fetch the next page. */
public record ListResponse<T>(List<T> data, ListMeta meta) {

    /** Paging facts of a list response. */
    @Schema(name = "ListMeta")
    public record ListMeta(
            @Schema(description = "Items matching the filters, across all pages", example = "42") long total,
            @Schema(description = "Page size used", example = "20") int limit,
            @Schema(description = "Opaque cursor of the next page; absent on the last page", nullable = true,
                    example = "eyJrIjoiMjAyNC0wNS0wMVQwMjozMDowMFoiLCJpIjoiMGQ5...")
            String nextCursor) {
    }
}
