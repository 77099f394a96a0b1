package dev.khao.article;

import dev.khao.common.ApiDoc;
import dev.khao.common.KhaoConfig;
import dev.khao.common.paging.PageLinks;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.Problem;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The articles that involve a named entity; lives with articles because it lists them. */
@Path("/v1/entities/{id}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities")
public class EntityArticlesResource {

    private final ArticleService service;
    private final KhaoConfig config;

    public EntityArticlesResource(ArticleService service, KhaoConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Operation(summary = "List the articles linked to an entity", description = "Same filters, sorts and paging as the article list.")
    @APIResponse(responseCode = "200", description = "A page of articles",
            content = @Content(schema = @Schema(implementation = ArticleResource.ArticleList.class)))
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response list(@PathParam("id") UUID id, @BeanParam ArticleQuery query, @Context UriInfo uri) {
        ArticleFilter filter = service.resolveFilter(query.filter(config), query.section, query.tag, query.author, null);
        PageRequest page = PageRequest.of(query.cursor, query.limit, config.paging().defaultLimit(), config.paging().maxLimit());
        return PageLinks.ok(service.listForEntity(id, filter, query.sort(), page), uri);
    }
}
