package dev.khao.trash;

import dev.khao.auth.Allowed;
import dev.khao.auth.Role;
import dev.khao.common.ApiDoc;
import dev.khao.common.KhaoConfig;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.PageLinks;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import java.util.List;

/** HTTP interface of the trash. */
@Path("/v1/trash")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.EDITOR)
@Tag(name = "Trash", description = "Deleted content, restorable until purged")
public class TrashResource {

    private final TrashService service;
    private final KhaoConfig config;

    public TrashResource(TrashService service, KhaoConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Operation(summary = "List the trash", description = "Articles, sections, tags, authors and entities that were deleted, most recently "
            + "deleted first. `POST /v1/{type}s/{id}/restore` brings one back; each is purged for good at `purgeAt` (khao.trash.retention).")
    @APIResponse(responseCode = "200", description = "A page of trashed items; a `Link` header points to the next page",
            content = @Content(schema = @Schema(implementation = TrashList.class)))
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Only this type: article, section, tag, author or entity") @QueryParam("type") String type,
                         @Parameter(description = "Cursor from `meta.nextCursor` of the previous page") @QueryParam("cursor") String cursor,
                         @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit,
                         @Context UriInfo uri) {
        PageRequest page = PageRequest.of(cursor, limit, config.paging().defaultLimit(), config.paging().maxLimit());
        return PageLinks.ok(service.list(type, page), uri);
    }

    /** Schema of a page of the trash, for the contract. */
    @Schema(name = "TrashList")
    public record TrashList(List<TrashItem> data, ListResponse.ListMeta meta) {
    }
}
