package dev.khao.sync;

import dev.khao.auth.Allowed;
import dev.khao.auth.Role;
import dev.khao.common.ApiDoc;
import dev.khao.common.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP interface of the sync API (partners). */
@Path("/v1/sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "Keeping a partner's copy of all public content up to date, deletions included")
public class SyncResource {

    private final SyncService service;

    public SyncResource(SyncService service) {
        this.service = service;
    }

    @GET
    @Allowed(Role.PARTNER)
    @Operation(summary = "Sync public content",
            description = "Without a token: lists every public article, then the sections, tags, authors and entities they link to, "
                    + "page by page. Follow `meta.nextToken` while `meta.hasMore` is true; when it is false you are up to date: keep "
                    + "the token and call again later to get only what changed since, as upserts and deletes (tombstones for content "
                    + "that was unpublished, trashed, purged, or is no longer linked from any public article). Entries may repeat; "
                    + "apply them in order. A delete for something you do not have can be ignored.")
    @APIResponse(responseCode = "200", description = "A page of entries and the token to continue with",
            content = @Content(schema = @Schema(implementation = SyncResponse.class)))
    @APIResponse(responseCode = "400", description = "The token is not one this API issued",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "The token is older than the change log's retention: sync again from scratch without a token",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SyncResponse sync(@Parameter(description = "`meta.nextToken` of the previous answer; none to start from scratch")
                             @QueryParam("token") String token) {
        return service.read(token);
    }
}
