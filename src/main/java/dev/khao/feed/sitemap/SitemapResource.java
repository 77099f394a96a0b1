package dev.khao.feed.sitemap;

import dev.khao.common.ApiDoc;
import dev.khao.common.problem.Problem;
import dev.khao.common.problem.ProblemException;
import dev.khao.feed.FeedConfig;
import dev.khao.feed.Revalidation;
import dev.khao.feed.SiteConfig;
import dev.khao.feed.SiteLinks;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/** HTTP interface of the sitemaps: the index, monthly article sitemaps and the Google News sitemap. */
@Path("/")
@Tag(name = "Sitemaps", description = "sitemaps.org sitemaps of every published article, and a Google News sitemap")
@APIResponse(responseCode = "304", description = "Not modified: the `If-None-Match` or `If-Modified-Since` copy is current",
        headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
public class SitemapResource {

    static final String XML = "application/xml; charset=UTF-8";

    private final SitemapService service;
    private final SiteLinks links;
    private final SiteConfig site;
    private final FeedConfig feeds;

    public SitemapResource(SitemapService service, SiteLinks links, SiteConfig site, FeedConfig feeds) {
        this.service = service;
        this.links = links;
        this.site = site;
        this.feeds = feeds;
    }

    @GET
    @Path("sitemap.xml")
    @Produces(XML)
    @Operation(summary = "Sitemap index", description = "Lists the article sitemaps, one per month of publication "
            + "(several for a month of more than 50,000 articles: `articles-2024-11.xml`, `articles-2024-11-2.xml`, …).")
    @APIResponse(responseCode = "200", description = "A sitemaps.org sitemap index", content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    public Response index(@Context HttpHeaders headers, @Context UriInfo uri) {
        List<SitemapFile> files = service.files();
        byte[] body = SitemapWriter.index(files, file -> links.api(uri.getBaseUri(), "/sitemaps/" + file.name()));
        return respond(headers, body, files.stream().map(SitemapFile::lastmod));
    }

    @GET
    @Path("sitemaps/articles-{year: [0-9]{4}}-{month: [0-9]{2}}.xml")
    @Produces(XML)
    @Operation(summary = "Article sitemap of a month", description = "The website's pages of the articles published that month "
            + "(in `khao.time-zone`), oldest first; `lastmod` is the article's last edit.")
    @APIResponse(responseCode = "200", description = "A sitemaps.org urlset", content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response month(@Parameter(example = "2024") @PathParam("year") int year, @Parameter(example = "11") @PathParam("month") int month,
                          @Context HttpHeaders headers) {
        return monthPage(year, month, 1, headers);
    }

    @GET
    @Path("sitemaps/articles-{year: [0-9]{4}}-{month: [0-9]{2}}-{page: [0-9]{1,6}}.xml")
    @Produces(XML)
    @Operation(summary = "Further article sitemap of a month", description = "Page 2 and on of a month whose articles do not "
            + "fit one file (50,000 URLs or 50 MiB).")
    @APIResponse(responseCode = "200", description = "A sitemaps.org urlset", content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response monthPage(@Parameter(example = "2024") @PathParam("year") int year, @Parameter(example = "11") @PathParam("month") int month,
                              @Parameter(example = "2") @PathParam("page") int page, @Context HttpHeaders headers) {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.of(year, month);
        } catch (DateTimeException e) {
            throw ProblemException.notFound("sitemap", "month " + year + "-" + month);
        }
        List<SitemapEntry> entries = service.month(yearMonth, page);
        return respond(headers, SitemapWriter.urlset(entries), entries.stream().map(SitemapEntry::changed));
    }

    @GET
    @Path("sitemap-news.xml")
    @Produces(XML)
    @Operation(summary = "Google News sitemap", description = "Articles published in the last 48 hours (`khao.sitemaps.news-window`), "
            + "newest first, at most 1,000, each with `news:publication` (`khao.site.name`, the article's language), "
            + "`news:publication_date` and `news:title`.")
    @APIResponse(responseCode = "200", description = "A sitemaps.org urlset with Google News elements",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    public Response news(@Context HttpHeaders headers) {
        List<SitemapEntry> entries = service.news();
        return respond(headers, SitemapWriter.news(entries, site.name()), entries.stream().map(SitemapEntry::changed));
    }

    private Response respond(HttpHeaders headers, byte[] body, Stream<OffsetDateTime> changes) {
        OffsetDateTime lastModified = changes.max(OffsetDateTime::compareTo).orElse(null);
        return Revalidation.respond(headers, body, XML, lastModified, feeds.cacheControl());
    }
}
