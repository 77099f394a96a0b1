package dev.khao.search.suggest;

import dev.khao.common.ApiDoc;
import dev.khao.common.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP interface of type-ahead suggestions. */
@Path("/v1/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SuggestResource {

    private final SuggestService service;

    public SuggestResource(SuggestService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Suggest entities, tags, sections and articles for a prefix",
            description = "Type-ahead in Thai and Latin script: matches the start of an entity name or alias, a tag or section "
                    + "name or a published article title, or the start of any word in it (`ธนาคม` finds ชัยวุฒิ ธนาคมานุสรณ์, "
                    + "`science` finds Ministry of Science and ICT). Latin is case-insensitive; spaces and punctuation are "
                    + "ignored. Exact names come first, then names starting with the query, then names with a word starting "
                    + "with it; within each, entities, tags and sections (shorter names first) before articles (newest first). "
                    + "Drafts, articles scheduled for later and archived articles are never suggested.")
    @APIResponse(responseCode = "200", description = "Suggestions, best first",
            content = @Content(schema = @Schema(implementation = SuggestResponse.class)))
    @APIResponse(responseCode = "400", description = "`q` blank or longer than 100 characters, or `limit` outside 1 to 50",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SuggestResponse suggest(
            @Parameter(description = "What the user has typed so far; 1 to 100 characters", required = true,
                    examples = {@ExampleObject(name = "thai", value = "เอส"), @ExampleObject(name = "latin", value = "esc"),
                            @ExampleObject(name = "word", value = "ธนาคม")})
            @QueryParam("q") String q,
            @Parameter(description = "How many suggestions, 1 to 50 (default 10)") @QueryParam("limit") Integer limit) {
        return service.suggest(q, limit);
    }
}
