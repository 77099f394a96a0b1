package dev.khao.common.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Writes list responses with their RFC 8288 {@code Link: <…>; rel="next"} header. */
public final class PageLinks {

    private PageLinks() {
    }

    public static <T> Response ok(ListResponse<T> list, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(list);
        if (list.meta().nextCursor() != null) {
            // Same query, same filters; only the cursor moves.
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", list.meta().nextCursor()).build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
