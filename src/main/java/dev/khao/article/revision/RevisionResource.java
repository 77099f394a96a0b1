package dev.khao.article.revision;

import dev.khao.article.ArticleResponse;
import dev.khao.auth.Allowed;
import dev.khao.auth.Role;
import dev.khao.common.ApiDoc;
import dev.khao.common.KhaoConfig;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.PageLinks;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.Problem;
import dev.khao.concurrency.TaggedResponses;
import dev.khao.concurrency.WriteConditions;
import dev.khao.idempotency.IdempotencyKey;
import dev.khao.idempotency.IdempotentCreation;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** HTTP interface of an article's history; editors only, reads included. */
@Path("/v1/articles/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.EDITOR)
@Tag(name = "Revisions", description = "Every write of an article, kept for good: list, compare, restore")
@APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such article or revision", content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class RevisionResource {

    private final RevisionService service;
    private final KhaoConfig config;
    private final TaggedResponses responses;
    private final IdempotentCreation idempotency;

    public RevisionResource(RevisionService service, KhaoConfig config, TaggedResponses responses, IdempotentCreation idempotency) {
        this.service = service;
        this.config = config;
        this.responses = responses;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List an article's revisions", description = "Newest first, without snapshots, with keyset paging.")
    @APIResponse(responseCode = "200", description = "A page of revisions; a `Link` header points to the next page",
            content = @Content(schema = @Schema(implementation = RevisionList.class)))
    public Response list(@PathParam("id") UUID id,
                         @Parameter(description = "Cursor from `meta.nextCursor` of the previous page") @QueryParam("cursor") String cursor,
                         @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit,
                         @Context UriInfo uri) {
        PageRequest page = PageRequest.of(cursor, limit, config.paging().defaultLimit(), config.paging().maxLimit());
        return PageLinks.ok(service.list(id, page), uri);
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "Get a revision", description = "With the article exactly as it was after that write.")
    @APIResponse(responseCode = "200", description = "The revision")
    public RevisionResponse get(@PathParam("id") UUID id, @Parameter(example = "3") @PathParam("number") int number) {
        return service.get(id, number);
    }

    @GET
    @Path("/{number}/diff")
    @Operation(summary = "Compare two revisions",
            description = "Changed fields with their values before and after, and the body paragraph by paragraph (unchanged, removed, added, in reading order).")
    @APIResponse(responseCode = "200", description = "What changed from revision `against` to this one")
    public RevisionDiff diff(@PathParam("id") UUID id, @Parameter(example = "3") @PathParam("number") int number,
                             @Parameter(description = "The earlier revision; defaults to the one before", example = "1") @QueryParam("against") Integer against) {
        return service.diff(id, number, against);
    }

    @POST
    @Path("/{number}/restore")
    @Operation(summary = "Restore a revision's content",
            description = "Writes the revision's content (title, texts, body, cover, section, tags, authors, entities, related, URLs) over the "
                    + "article through the normal write path, which records a new revision; history is never rewritten. The article keeps "
                    + "its current slug, language, status, publication time and external key.")
    @APIResponse(responseCode = "200", description = "The article after the restore", content = @Content(schema = @Schema(implementation = ArticleResponse.class)),
            headers = {@Header(name = "ETag", description = ApiDoc.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = ApiDoc.LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "412", description = ApiDoc.PRECONDITION_FAILED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Something the revision links to no longer exists, or the Idempotency-Key was used for a different request",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = ApiDoc.PRECONDITION_REQUIRED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response restore(@PathParam("id") UUID id, @Parameter(example = "3") @PathParam("number") int number,
                            @BeanParam WriteConditions conditions, @BeanParam IdempotencyKey key) {
        return idempotency.create(key, "/v1/articles/" + id + "/revisions/" + number + "/restore", null, () -> {
            ArticleResponse restored = service.restore(id, number, conditions.precondition());
            return responses.ok(restored, restored.updatedAt());
        });
    }

    /** Schema of a page of revisions, for the contract. */
    @Schema(name = "RevisionList")
    public record RevisionList(List<RevisionSummary> data, ListResponse.ListMeta meta) {
    }
}
