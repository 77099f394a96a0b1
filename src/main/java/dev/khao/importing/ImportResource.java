package dev.khao.importing;

import dev.khao.auth.Allowed;
import dev.khao.auth.Role;
import dev.khao.common.ApiDoc;
import dev.khao.common.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

/** HTTP interface of bulk imports. */
@Path(ImportBodyLimit.PATH)
@Tag(name = "Import", description = "Bulk loading of articles from other systems")
@Allowed(Role.ADMIN)
public class ImportResource {

    static final String NDJSON = "application/x-ndjson";
    static final String JSONL = "application/jsonl";
    static final String JSON_LINES = "application/x-jsonlines";

    private static final String EXAMPLE = """
            {"id": "thaigov-89778", "title": "กระทรวงเกษตรฯ ร่วมแถลงข่าวการจัดงานวันเกษตรแห่งชาติ 2567", "body": "กระทรวงเกษตรฯ ร่วมแถลงข่าว…\\n\\nนางอัญชลี สุวจิตตานนท์ …", "published_at": "2024-11-22", "tags": ["ด้านเศรษฐกิจ"], "category": "ด้านเศรษฐกิจ", "url": "https://www.thaigov.go.th/news/contents/details/89778"}
            {"id": "thaigov-89779", "title": "นายกรัฐมนตรีประชุมคณะรัฐมนตรี", "body": "…", "published_at": "2024-11-26T10:00:00+07:00"}
            """;

    private final ImportService service;

    public ImportResource(ImportService service) {
        this.service = service;
    }

    @POST
    @Blocking
    @Consumes({NDJSON, JSONL, JSON_LINES, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import articles from NDJSON (admin)",
            description = """
                    One JSON object per line, one article per object, streamed (the body can be the whole 777 MB \
                    thaigov corpus; `khao.import.max-body-size` bounds it). Fields: `id` (or `externalId`, required), \
                    `title` (required), `body`/`bodyText` (plain text, paragraphs separated by a blank line) or \
                    `bodyHtml`, `published_at`/`publishedAt` (a date is the start of that day in the newsroom time \
                    zone `khao.time-zone`; or an ISO-8601 timestamp), `tags` (names; missing tags are created), \
                    `category`/`section` (a name; created if missing), `url`/`sourceUrl`, `canonicalUrl`, `subtitle`, \
                    `summary`, `language` (default th), `status` (default published). Other fields are ignored.

                    Idempotent by (`externalSource`, `id`): a line whose article exists replaces it, and a line \
                    identical to the one last imported into an article nobody has edited since is skipped as unchanged. \
                    Lines are written in batches of `khao.import.batch-size`, each its own transaction, so a failure \
                    never undoes earlier batches. Every article goes through the rules of `PUT /v1/articles/{id}` and \
                    announces its change like an API write. Lines that cannot be imported (invalid JSON, missing \
                    title, fields over their limits) are rejected and listed with their line numbers; they never stop \
                    the import. One import runs at a time.""")
    @RequestBody(content = @Content(mediaType = NDJSON, example = EXAMPLE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "The import ran to the end of the body; the report counts every line",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "No lines in the body, or externalSource missing or malformed",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another import is running",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than khao.import.max-body-size")
    @APIResponse(responseCode = "415", description = "Body is not NDJSON (send application/x-ndjson, application/jsonl or text/plain)",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ImportReport importArticles(
            @Parameter(description = "The system the lines come from; with each line's id it identifies the article on re-import",
                    required = true, example = "thaigov") @QueryParam("externalSource") String externalSource,
            InputStream body) {
        return service.importNdjson(externalSource, body);
    }
}
