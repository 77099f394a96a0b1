package dev.khao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.common.ApiDoc;
import dev.khao.common.JsonMergePatch;
import dev.khao.common.KhaoConfig;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.PageLinks;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** HTTP interface of API keys (administration). */
@Path("/v1/admin/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Keys and their roles: public, partner, editor, admin")
@Allowed(Role.ADMIN)
@APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ApiKeyResource {

    /** Key administration answers are never stored by a cache: a secret or a key's state must not outlive the request. */
    private static final String NO_STORE = "no-store";

    private final ApiKeyService service;
    private final Caller caller;
    private final KhaoConfig config;

    public ApiKeyResource(ApiKeyService service, Caller caller, KhaoConfig config) {
        this.service = service;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @Operation(summary = "Create an API key", description = "The answer holds the key's secret, which is stored only as a hash and never shown again.")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new key",
            content = @Content(schema = @Schema(implementation = NewApiKeyResponse.class)))
    public Response create(@NotNull @Valid ApiKeyRequest request) {
        NewApiKeyResponse created = service.create(request, caller.name());
        return Response.created(URI.create("/v1/admin/keys/" + created.id())).entity(created).header("Cache-Control", NO_STORE).build();
    }

    @GET
    @Operation(summary = "List API keys", description = "Oldest first, revoked and expired keys included.")
    @APIResponse(responseCode = "200", description = "A page of keys", content = @Content(schema = @Schema(implementation = ApiKeyList.class)))
    public Response list(@Parameter(description = "Cursor from `meta.nextCursor` of the previous page") @QueryParam("cursor") String cursor,
                         @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit,
                         @Context UriInfo uri) {
        PageRequest page = PageRequest.of(cursor, limit, config.paging().defaultLimit(), config.paging().maxLimit());
        return noStore(PageLinks.ok(service.list(page), uri));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an API key")
    @APIResponse(responseCode = "200", description = "The key, without its secret", content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Response.ok(service.get(id)).header("Cache-Control", NO_STORE).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a key's name, expiry or rate limit (JSON Merge Patch)",
            description = "A past `expiresAt` expires the key at once; `null` removes the expiry or the key's own rate limit.")
    @APIResponse(responseCode = "200", description = "The changed key", content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It would expire the last usable admin key", content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
                           @NotNull @RequestBody(description = "Fields to change", content = @Content(schema = @Schema(implementation = ApiKeyUpdate.class))) JsonNode patch) {
        return Response.ok(service.update(id, patch)).header("Cache-Control", NO_STORE).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key", description = "The key is refused from its next request on. The key stays listed, with `revokedAt`.")
    @APIResponse(responseCode = "204", description = "Revoked (or already revoked)")
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It is the last usable admin key", content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id) {
        service.revoke(id);
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.WILDCARD) // takes no body, so whatever a client declares for its empty one
    @Operation(summary = "Revoke an API key, answering with the revoked key")
    @APIResponse(responseCode = "200", description = "The revoked key", content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It is the last usable admin key", content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@PathParam("id") UUID id) {
        return Response.ok(service.revoke(id)).header("Cache-Control", NO_STORE).build();
    }

    private static Response noStore(Response response) {
        return Response.fromResponse(response).header("Cache-Control", NO_STORE).build();
    }

    /** Schema of a page of keys, for the contract. */
    @Schema(name = "ApiKeyList")
    public record ApiKeyList(List<ApiKeyResponse> data, ListResponse.ListMeta meta) {
    }
}
