package dev.khao.feed;

import dev.khao.common.ApiDoc;
import dev.khao.common.problem.Problem;
import dev.khao.common.problem.ProblemException;
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

/** HTTP interface of the feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1, of everything or of one scope. */
@Path("/feeds")
@Tag(name = "Feeds", description = "RSS, Atom and JSON Feed of the newest published articles, with conditional GET")
@APIResponse(responseCode = "304", description = "Not modified: the `If-None-Match` or `If-Modified-Since` copy is current",
        headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING))})
public class FeedResource {

    static final String RSS = "application/rss+xml; charset=UTF-8";
    static final String ATOM = "application/atom+xml; charset=UTF-8";
    static final String JSON_FEED = "application/feed+json; charset=UTF-8";
    // Readers that ask for plain XML or JSON get the feed all the same (as its own type) rather than a 406.
    private static final String XML = "application/xml";
    private static final String TEXT_XML = "text/xml";
    private static final String JSON = "application/json";
    private static final String SCOPE = "{scope: " + FeedScope.PATH_PATTERN + "}/{slug}";
    private static final String SCOPED = "Only the articles of one section, tag, author or named entity, by slug (Thai slugs percent-encoded). ";
    private static final String CONTENT = "Newest published articles first. Items carry summaries; partner keys (and every reader when "
            + "`khao.feeds.full-content` is true) get full bodies. Links go to the publisher's website (`khao.site.article-url`).";

    private final FeedService service;
    private final RssWriter rss;
    private final AtomWriter atom;
    private final JsonFeedWriter jsonFeed;
    private final SiteLinks links;
    private final FeedConfig config;

    public FeedResource(FeedService service, RssWriter rss, AtomWriter atom, JsonFeedWriter jsonFeed, SiteLinks links, FeedConfig config) {
        this.service = service;
        this.rss = rss;
        this.atom = atom;
        this.jsonFeed = jsonFeed;
        this.links = links;
        this.config = config;
    }

    @GET
    @Path("/rss.xml")
    @Produces({RSS, XML, TEXT_XML})
    @Operation(summary = "RSS 2.0 feed of the publication", description = CONTENT)
    @APIResponse(responseCode = "200", description = "RSS 2.0 with content:encoded, dc:creator, categories, guid and media:content",
            content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING)))
    public Response rss(@Context HttpHeaders headers, @Context UriInfo uri) {
        return respond(service.everything(), "rss.xml", headers, uri);
    }

    @GET
    @Path("/atom.xml")
    @Produces({ATOM, XML, TEXT_XML})
    @Operation(summary = "Atom 1.0 feed of the publication", description = CONTENT)
    @APIResponse(responseCode = "200", description = "Atom 1.0", content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response atom(@Context HttpHeaders headers, @Context UriInfo uri) {
        return respond(service.everything(), "atom.xml", headers, uri);
    }

    @GET
    @Path("/feed.json")
    @Produces({JSON_FEED, JSON})
    @Operation(summary = "JSON Feed 1.1 of the publication", description = CONTENT)
    @APIResponse(responseCode = "200", description = "JSON Feed 1.1", content = @Content(mediaType = JSON_FEED, schema = @Schema(type = SchemaType.OBJECT)))
    public Response jsonFeed(@Context HttpHeaders headers, @Context UriInfo uri) {
        return respond(service.everything(), "feed.json", headers, uri);
    }

    @GET
    @Path(SCOPE + "/rss.xml")
    @Produces({RSS, XML, TEXT_XML})
    @Operation(summary = "RSS 2.0 feed of a section, tag, author or entity", description = SCOPED + CONTENT)
    @APIResponse(responseCode = "200", description = "RSS 2.0", content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response scopedRss(@Parameter(description = "section, tag, author or entity") @PathParam("scope") String scope,
                              @Parameter(example = "เทคโนโลยี") @PathParam("slug") String slug,
                              @Context HttpHeaders headers, @Context UriInfo uri) {
        return respond(service.of(scope(scope), slug), "rss.xml", headers, uri);
    }

    @GET
    @Path(SCOPE + "/atom.xml")
    @Produces({ATOM, XML, TEXT_XML})
    @Operation(summary = "Atom 1.0 feed of a section, tag, author or entity", description = SCOPED + CONTENT)
    @APIResponse(responseCode = "200", description = "Atom 1.0", content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response scopedAtom(@Parameter(description = "section, tag, author or entity") @PathParam("scope") String scope,
                               @Parameter(example = "เทคโนโลยี") @PathParam("slug") String slug,
                               @Context HttpHeaders headers, @Context UriInfo uri) {
        return respond(service.of(scope(scope), slug), "atom.xml", headers, uri);
    }

    @GET
    @Path(SCOPE + "/feed.json")
    @Produces({JSON_FEED, JSON})
    @Operation(summary = "JSON Feed 1.1 of a section, tag, author or entity", description = SCOPED + CONTENT)
    @APIResponse(responseCode = "200", description = "JSON Feed 1.1", content = @Content(mediaType = JSON_FEED, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response scopedJsonFeed(@Parameter(description = "section, tag, author or entity") @PathParam("scope") String scope,
                                   @Parameter(example = "เทคโนโลยี") @PathParam("slug") String slug,
                                   @Context HttpHeaders headers, @Context UriInfo uri) {
        return respond(service.of(scope(scope), slug), "feed.json", headers, uri);
    }

    private Response respond(Feed feed, String file, HttpHeaders headers, UriInfo uri) {
        String self = links.api(uri.getBaseUri(), feed.selfPath() + "/" + file);
        byte[] body;
        String mediaType;
        switch (file) {
            case "rss.xml" -> {
                body = rss.write(feed, self);
                mediaType = RSS;
            }
            case "atom.xml" -> {
                body = atom.write(feed, self);
                mediaType = ATOM;
            }
            default -> {
                body = jsonFeed.write(feed, self);
                mediaType = JSON_FEED;
            }
        }
        return Revalidation.respond(headers, body, mediaType, feed.updated(),
                feed.personal() ? config.privateCacheControl() : config.cacheControl());
    }

    private static FeedScope scope(String segment) {
        return FeedScope.parse(segment).orElseThrow(() -> ProblemException.notFound("feed scope", segment));
    }
}
