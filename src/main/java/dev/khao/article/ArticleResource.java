package dev.khao.article;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.auth.Allowed;
import dev.khao.auth.Role;
import dev.khao.common.ApiDoc;
import dev.khao.common.JsonMergePatch;
import dev.khao.common.KhaoConfig;
import dev.khao.common.LowerCaseEnums;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.PageLinks;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.Problem;
import dev.khao.common.problem.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** HTTP interface of articles. */
@Path("/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "News articles in Thai and English")
@APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ArticleResource {

    private final ArticleService service;
    private final KhaoConfig config;
    private final TaggedResponses responses;
    private final IdempotentCreation idempotency;

    public ArticleResource(ArticleService service, KhaoConfig config, TaggedResponses responses, IdempotentCreation idempotency) {
        this.service = service;
        this.config = config;
        this.responses = responses;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List articles", description = "Newest first by default, with filters and keyset paging that stays stable while articles are published.")
    @APIResponse(responseCode = "200", description = "A page of articles; a `Link` header points to the next page",
            content = @Content(schema = @Schema(implementation = ArticleList.class)))
    public Response list(@BeanParam ArticleQuery query, @Context UriInfo uri) {
        ArticleFilter filter = service.resolveFilter(query.filter(config), query.section, query.tag, query.author, query.entity);
        return PageLinks.ok(service.list(filter, query.sort(), page(query)), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an article by id")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(schema = @Schema(implementation = ArticleResponse.class)),
            headers = {@Header(name = "ETag", description = ApiDoc.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = ApiDoc.LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        ArticleResponse found = service.get(id);
        return responses.ok(found, found.updatedAt());
    }

    @GET
    @Path("/slug/{slug}")
    @Operation(summary = "Get an article by slug", description = "Thai slugs are sent percent-encoded. Slugs are unique per language; without `language`, Thai is preferred. "
            + "A slug the article had before a rename answers 301 with `Location` of its current slug, however many renames ago.")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(schema = @Schema(implementation = ArticleResponse.class)),
            headers = {@Header(name = "ETag", description = ApiDoc.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = ApiDoc.LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "301", description = "An old slug: `Location` is the current slug's URL; the body names the article",
            content = @Content(schema = @Schema(implementation = ArticleMoved.class)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response getBySlug(@Parameter(example = "ชัยวุฒิ-โชว์เน็ตประชารัฐ-ลดช่องว่างการเข้าถึงดิจิทัล") @PathParam("slug") String slug,
                              @Parameter(description = "th or en") @QueryParam("language") String language, @Context UriInfo uri) {
        ArticleService.BySlug found = service.getBySlug(slug, language(language));
        if (!found.moved()) {
            return responses.ok(found.article(), found.article().updatedAt());
        }
        ArticleResponse article = found.article();
        // Absolute, as the Location header is sent, so the body says the same
        URI location = uri.getBaseUriBuilder().path("/v1/articles/slug/{slug}").queryParam("language", article.language()).build(article.slug());
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(location)
                .entity(new ArticleMoved(article.id(), article.slug(), article.language(), location.toString())).build();
    }

    @GET
    @Path("/{id}/slug-redirects")
    @Allowed(Role.EDITOR)
    @Operation(summary = "List an article's old slugs", description = "The slugs the article had before renames, which still redirect to it (newest first).")
    @APIResponse(responseCode = "200", description = "A page of old slugs", content = @Content(schema = @Schema(implementation = OldSlugList.class)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response oldSlugs(@PathParam("id") UUID id,
                             @Parameter(description = "Cursor from `meta.nextCursor` of the previous page") @QueryParam("cursor") String cursor,
                             @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit,
                             @Context UriInfo uri) {
        PageRequest page = PageRequest.of(cursor, limit, config.paging().defaultLimit(), config.paging().maxLimit());
        return PageLinks.ok(service.oldSlugs(id, page).toResponse(r -> new OldSlug(r.slug(), r.language(), r.createdAt(), r.createdBy())), uri);
    }

    @DELETE
    @Path("/slug-redirects/{slug}")
    @Operation(summary = "Free an old slug", description = "The old slug stops redirecting, and another article may take it.")
    @APIResponse(responseCode = "204", description = "Freed")
    @APIResponse(responseCode = "404", description = "The slug redirects nowhere", content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void freeSlug(@PathParam("slug") String slug, @Parameter(description = "th or en; without it, the slug is freed in both") @QueryParam("language") String language) {
        service.freeSlug(slug, language(language));
    }

    @POST
    @Operation(summary = "Create an article")
    @APIResponse(responseCode = "201", description = "Created (or, for a repeated Idempotency-Key, the first response again); `Location` names the new article",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)),
            headers = @Header(name = "ETag", description = ApiDoc.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Slug or external id already used, a slug that still redirects to another article, or a status a new article cannot start in",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A referenced section, tag, author, entity or article does not exist, or the Idempotency-Key was used for a different request",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid ArticleRequest request, @BeanParam IdempotencyKey key) {
        return idempotency.create(key, "/v1/articles", request, () -> {
            ArticleResponse created = service.create(request);
            return responses.created(URI.create("/v1/articles/" + created.id()), created, created.updatedAt());
        });
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an article", description = "Fields left out are cleared; the slug is kept unless one is sent.")
    @APIResponse(responseCode = "200", description = "The updated article", content = @Content(schema = @Schema(implementation = ArticleResponse.class)),
            headers = {@Header(name = "ETag", description = ApiDoc.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = ApiDoc.LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Slug or external id already used, or a status change the lifecycle does not allow",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = ApiDoc.PRECONDITION_FAILED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = ApiDoc.PRECONDITION_REQUIRED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A referenced resource does not exist", content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("id") UUID id, @BeanParam WriteConditions conditions, @NotNull @Valid ArticleRequest request) {
        ArticleResponse updated = service.replace(id, request, conditions.precondition(request.version()));
        return responses.ok(updated, updated.updatedAt());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update an article with a JSON Merge Patch (RFC 7396)",
            description = "Sending `bodyText` replaces the stored HTML body. `null` removes a field, but `status` cannot be removed, "
                    + "and `publishedAt` only when the article ends up a draft (400 otherwise).")
    @APIResponse(responseCode = "200", description = "The updated article", content = @Content(schema = @Schema(implementation = ArticleResponse.class)),
            headers = {@Header(name = "ETag", description = ApiDoc.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = ApiDoc.LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Slug or external id already used, or a status change the lifecycle does not allow",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = ApiDoc.PRECONDITION_FAILED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = ApiDoc.PRECONDITION_REQUIRED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A referenced resource does not exist", content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") UUID id, @BeanParam WriteConditions conditions,
                                 @NotNull @RequestBody(description = "Fields to change; null removes a field", content = @Content(schema = @Schema(implementation = ArticleRequest.class))) JsonNode patch) {
        ArticleResponse updated = service.patch(id, patch, conditions.precondition(patch));
        return responses.ok(updated, updated.updatedAt());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an article", description = "Moves it to the trash (`GET /v1/trash`): it is gone from every read, list, search "
            + "and feed until `POST /v1/articles/{id}/restore` brings it back with its links. `purge=true` (admins only) removes it for good instead.")
    @APIResponse(responseCode = "204", description = "Moved to the trash, or purged")
    @APIResponse(responseCode = "403", description = ApiDoc.PURGE_FORBIDDEN, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = ApiDoc.PRECONDITION_FAILED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = ApiDoc.PRECONDITION_REQUIRED, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id, @BeanParam WriteConditions conditions,
                       @Parameter(description = ApiDoc.PURGE) @QueryParam("purge") boolean purge) {
        service.delete(id, conditions.precondition(), purge);
    }

    @POST
    @Path("/{id}/restore")
    // No body: clients need not send a Content-Type.
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Restore an article from the trash", description = "It comes back with its section, tags, authors, entities, related links and old slugs.")
    @APIResponse(responseCode = "200", description = "The restored article, with its new ETag",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDoc.NOT_IN_TRASH, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response restore(@PathParam("id") UUID id) {
        // Tagged like every other write, so a client can go on with conditional writes without reading it again.
        ArticleResponse restored = service.restore(id);
        return responses.ok(restored, restored.updatedAt());
    }

    private static ArticleLanguage language(String language) {
        return language == null ? null : LowerCaseEnums.parse(ArticleLanguage.class, language)
                .orElseThrow(() -> ProblemException.invalidField("language", "must be one of: " + LowerCaseEnums.allowed(ArticleLanguage.class)));
    }

    private PageRequest page(ArticleQuery query) {
        return PageRequest.of(query.cursor, query.limit, config.paging().defaultLimit(), config.paging().maxLimit());
    }

    /** Where an article that had the requested slug lives now. */
    @Schema(name = "ArticleMoved")
    public record ArticleMoved(UUID id, @Schema(example = "ชัยวุฒิ-โชว์เน็ตประชารัฐ") String slug, @Schema(example = "th") ArticleLanguage language,
                               @Schema(description = "Same as the Location header") String location) {
    }

    /** A slug an article had before a rename; it redirects to the article until freed. */
    @Schema(name = "OldSlug")
    public record OldSlug(@Schema(example = "ชัยวุฒิ-โชว์เน็ต") String slug, @Schema(example = "th") ArticleLanguage language,
                          @Schema(description = "When the article was renamed away from it") OffsetDateTime since,
                          @Schema(description = "Who renamed it") String by) {
    }

    /** Schema of a page of old slugs, for the contract. */
    @Schema(name = "OldSlugList")
    public record OldSlugList(List<OldSlug> data, ListResponse.ListMeta meta) {
    }

    /** Schema of a page of articles, for the contract. */
    @Schema(name = "ArticleList")
    public record ArticleList(List<ArticleResponse> data, ListResponse.ListMeta meta) {
    }
}
