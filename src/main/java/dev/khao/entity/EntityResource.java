package dev.khao.entity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.common.ApiDoc;
import dev.khao.common.JsonMergePatch;
import dev.khao.common.KhaoConfig;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.PageLinks;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.Problem;
import dev.khao.concurrency.TaggedResponses;
import dev.khao.concurrency.WriteConditions;
import dev.khao.idempotency.IdempotencyKey;
import dev.khao.idempotency.IdempotentCreation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** HTTP interface of named entities. */
@Path("/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Entities", description = "People, organisations, places, events, programmes and products the news is about, named in Thai and English")
@APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class EntityResource {

    private final EntityService service;
    private final KhaoConfig config;
    private final TaggedResponses responses;
    private final IdempotentCreation idempotency;

    public EntityResource(EntityService service, KhaoConfig config, TaggedResponses responses, IdempotentCreation idempotency) {
        this.service = service;
        this.config = config;
        this.responses = responses;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List or look up entities",
            description = "In Thai dictionary order of the display name (Thai, else English), with keyset paging. With `q`, only "
                    + "entities whose names or aliases resemble `q` (trigram similarity, so typos are forgiven: `escp` and "
                    + "`เอสแคบ` find ESCAP / เอสแคป, `ชัยวุฒ` finds ชัยวุฒิ ธนาคมานุสรณ์), most similar first; paging still "
                    + "works through `meta.nextCursor`, and a cursor only continues the query it came from.")
    @APIResponse(responseCode = "200", description = "A page of entities; a `Link` header points to the next page",
            content = @Content(schema = @Schema(implementation = EntityList.class)))
    public Response list(@Parameter(description = "Cursor from `meta.nextCursor` of the previous page") @QueryParam("cursor") String cursor,
                         @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit,
                         @Parameter(description = "Only entities of this type", schema = @Schema(implementation = EntityType.class))
                         @QueryParam("type") String type,
                         @Parameter(description = "Name or alias to look up, in any script, typos allowed; 1 to 100 characters",
                                 examples = {@ExampleObject(name = "thai", value = "เอสแคป"), @ExampleObject(name = "typo", value = "escp")})
                         @QueryParam("q") String q,
                         @Context UriInfo uri) {
        PageRequest page = PageRequest.of(cursor, limit, config.paging().defaultLimit(), config.paging().maxLimit());
        return PageLinks.ok(service.list(page, type == null ? null : EntityType.parse("type", type), q), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an entity by id")
    @APIResponse(responseCode = "200", description = "The entity", content = @Content(schema = @Schema(implementation = EntityResponse.class)),
            headers = {@Header(name = "ETag", description = ApiDoc.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = ApiDoc.LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        EntityResponse found = service.get(id);
        return responses.ok(found, found.updatedAt());
    }

    @GET
    @Path("/slug/{slug}")
    @Operation(summary = "Get an entity by slug", description = "Thai slugs are sent percent-encoded.")
    @APIResponse(responseCode = "200", description = "The entity", content = @Content(schema = @Schema(implementation = EntityResponse.class)),
            headers = {@Header(name = "ETag", description = ApiDoc.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = ApiDoc.LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response getBySlug(@Parameter(example = "escap") @PathParam("slug") String slug) {
        EntityResponse found = service.getBySlug(slug);
        return responses.ok(found, found.updatedAt());
    }

    @POST
    @Operation(summary = "Create an entity")
    @APIResponse(responseCode = "201", description = "Created (or, for a repeated Idempotency-Key, the first response again); `Location` names the new entity",
            content = @Content(schema = @Schema(implementation = EntityResponse.class)),
            headers = @Header(name = "ETag", description = ApiDoc.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = ApiDoc.CONFLICT, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used for a different request",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid EntityRequest request, @BeanParam IdempotencyKey key) {
        return idempotency.create(key, "/v1/entities", request, () -> {
            EntityResponse created = service.create(request);
            return responses.created(URI.create("/v1/entities/" + created.id()), created, created.updatedAt());
        });
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an entity", description = "Fields left out are cleared; the slug is kept unless one is sent.")
    @APIResponse(responseCode = "200", description = "The updated entity", content = @Content(schema = @Schema(implementation = EntityResponse.class)),
            headers = {@Header(name = "ETag", description = ApiDoc.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = ApiDoc.LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDoc.CONFLICT, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = ApiDoc.PRECONDITION_FAILED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = ApiDoc.PRECONDITION_REQUIRED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("id") UUID id, @BeanParam WriteConditions conditions, @NotNull @Valid EntityRequest request) {
        EntityResponse updated = service.replace(id, request, conditions.precondition(request.version()));
        return responses.ok(updated, updated.updatedAt());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update an entity with a JSON Merge Patch (RFC 7396)",
            description = "Maps merge key by key: `{\"name\": {\"en\": null}}` removes only the English name. Arrays such as `aliases` are replaced whole.")
    @APIResponse(responseCode = "200", description = "The updated entity", content = @Content(schema = @Schema(implementation = EntityResponse.class)),
            headers = {@Header(name = "ETag", description = ApiDoc.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = ApiDoc.LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDoc.CONFLICT, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = ApiDoc.PRECONDITION_FAILED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = ApiDoc.PRECONDITION_REQUIRED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") UUID id, @BeanParam WriteConditions conditions,
                                @NotNull @RequestBody(description = "Fields to change; null removes a field", content = @Content(schema = @Schema(implementation = EntityRequest.class))) JsonNode patch) {
        EntityResponse updated = service.patch(id, patch, conditions.precondition(patch));
        return responses.ok(updated, updated.updatedAt());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an entity", description = ApiDoc.DELETE)
    @APIResponse(responseCode = "204", description = "Moved to the trash, or purged")
    @APIResponse(responseCode = "403", description = ApiDoc.PURGE_FORBIDDEN, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDoc.IN_USE, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = ApiDoc.PRECONDITION_FAILED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = ApiDoc.PRECONDITION_REQUIRED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id, @BeanParam WriteConditions conditions,
                       @Parameter(description = ApiDoc.FORCE) @QueryParam("force") boolean force,
                       @Parameter(description = ApiDoc.PURGE) @QueryParam("purge") boolean purge) {
        service.delete(id, conditions.precondition(), force, purge);
    }

    @POST
    @Path("/{id}/restore")
    // No body: clients need not send a Content-Type.
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Restore an entity from the trash", description = ApiDoc.RESTORE)
    @APIResponse(responseCode = "200", description = "The restored entity, with its new ETag",
            content = @Content(schema = @Schema(implementation = EntityResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDoc.NOT_IN_TRASH, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response restore(@PathParam("id") UUID id) {
        EntityResponse restored = service.restore(id);
        return responses.ok(restored, restored.updatedAt());
    }

    /** Schema of a page of entities, for the contract. */
    @Schema(name = "EntityList")
    public record EntityList(java.util.List<EntityResponse> data, ListResponse.ListMeta meta) {
    }
}
