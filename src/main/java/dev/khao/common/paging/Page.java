package dev.khao.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results fetched by keyset: the items, the total and the cursor following the last item. */
public record Page<T>(List<T> items, long total, int limit, String nextCursor) {

    /**
     * Builds a page from a query that fetched one row more than the limit: that extra row only proves a
     * next page exists, and the cursor points after the last row shown.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, long total, int limit, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, total, limit, null);
        }
        List<T> shown = rows.subList(0, limit);
        return new Page<>(List.copyOf(shown), total, limit, cursorOf.apply(shown.get(limit - 1)).encode());
    }

    public <R> ListResponse<R> toResponse(Function<T, R> mapper) {
        return new ListResponse<>(items.stream().map(mapper).toList(), new ListResponse.ListMeta(total, limit, nextCursor));
    }
}
