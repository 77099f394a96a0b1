package dev.khao.search.index;

import dev.khao.auth.Allowed;
import dev.khao.auth.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP interface of the search re-index (administration). */
@Path("/v1/admin/search/reindex")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search administration", description = "Rebuilding search documents")
@Allowed(Role.ADMIN)
public class ReindexResource {

    private final SearchReindex reindex;

    public ReindexResource(SearchReindex reindex) {
        this.reindex = reindex;
    }

    @POST
    @Operation(summary = "Re-index all articles",
            description = "Reloads the term dictionary and rebuilds every search document in the background, resuming after a restart. "
                    + "Starting while a re-index runs does not start another; the answer is the running one's progress.")
    @APIResponse(responseCode = "202", description = "Started (or already running); poll GET for progress",
            content = @Content(schema = @Schema(implementation = ReindexProgress.class)))
    public Response start() {
        return Response.accepted(reindex.start()).build();
    }

    @GET
    @Operation(summary = "Progress of the re-index")
    @APIResponse(responseCode = "200", description = "The progress", content = @Content(schema = @Schema(implementation = ReindexProgress.class)))
    public ReindexProgress progress() {
        return reindex.progress();
    }
}
