package dev.khao.search.query;

import dev.khao.common.ApiDoc;
import dev.khao.common.problem.Problem;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP interface of search. */
@Path("/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Thai-first full-text search: word-segmented, ranked, highlighted and faceted")
public class SearchResource {

    private final SearchService service;

    public SearchResource(SearchService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Search articles",
            description = "Finds words inside Thai text written without spaces (ดิจิทัล in การเปลี่ยนผ่านทางดิจิทัล), whole words only "
                    + "(ตา never matches ตาม). Results are ranked by relevance with a boost for fresh articles, or newest first; "
                    + "each has up to two highlighted snippets. `meta.facets` counts sections, tags and entities over all matches.")
    @APIResponse(responseCode = "200", description = "A page of results; a `Link` header points to the next page",
            content = @Content(schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "400", description = "A blank or too long query, a query of only exclusions, or another invalid parameter",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Every search slot stayed busy for `khao.search.queue-timeout`; `Retry-After` says when to retry",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response search(@BeanParam SearchParams params, @Context UriInfo uri,
                           @Parameter(description = "`no-cache` searches again instead of answering a kept result (RFC 9111 §5.2.1.4)")
                           @HeaderParam("Cache-Control") String cacheControl) {
        boolean reuse = cacheControl == null || !cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
        SearchResponse result = service.search(params, canonical(uri), reuse);
        Response.ResponseBuilder response = Response.ok(result);
        if (result.meta().nextCursor() != null) {
            // Same query, same filters; only the cursor moves.
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", result.meta().nextCursor()).build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }

    /** The request's query parameters in one order, so the same search written two ways is one cache entry. */
    private static String canonical(UriInfo uri) {
        StringBuilder out = new StringBuilder();
        new java.util.TreeMap<>(uri.getQueryParameters()).forEach((name, values) -> values.forEach(value ->
                out.append(name.length()).append(':').append(name).append('=').append(value.length()).append(':').append(value).append('&')));
        return out.toString();
    }
}
