package dev.khao.feed;

import dev.khao.common.http.EntityTags;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Conditional GET of a rendered feed or sitemap (RFC 9110 §13): a strong ETag of the exact bytes, Last-Modified,
 * caching headers, and 304 without a body when the client's copy is current. Set here rather than by the generic
 * caching filter because feeds know their own Last-Modified and which responses are personal.
 */
public final class Revalidation {

    /** Full-content feeds differ by key, and compressed bytes by encoding: caches must keep them apart. */
    static final String VARY = "Authorization, X-Api-Key, Accept-Encoding";

    private Revalidation() {
    }

    /**
     * 200 with {@code body}, or 304 when {@code If-None-Match} names its ETag or, without {@code If-None-Match},
     * {@code If-Modified-Since} is not before {@code lastModified} (which may be null when nothing dates the body).
     */
    public static Response respond(HttpHeaders request, byte[] body, String mediaType, OffsetDateTime lastModified, String cacheControl) {
        String etag = EntityTags.ofBytes(body);
        OffsetDateTime modified = lastModified == null ? null : lastModified.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Response.ResponseBuilder response = current(request, etag, modified)
                ? Response.notModified()
                : Response.ok(body, mediaType);
        response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, VARY);
        if (modified != null) {
            response.header(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(modified));
        }
        return response.build();
    }

    private static boolean current(HttpHeaders request, String etag, OffsetDateTime modified) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            // RFC 9110 §13.1.2: weak comparison, and If-Modified-Since is ignored when If-None-Match is present.
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.equals("*") || (candidate.startsWith("W/") ? candidate.substring(2) : candidate).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null || modified == null) {
            return false;
        }
        try {
            return !modified.isAfter(ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
