package dev.khao.caching;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khao.auth.Caller;
import dev.khao.auth.Role;
import dev.khao.common.http.EntityTags;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cache validators and directives for every successful JSON read, so browsers revalidate cheaply and a CDN can
 * serve public reads and purge exactly the pages an edit touches: a strong {@code ETag} of the bytes sent (unless
 * the resource set its own), {@code Last-Modified} from the newest {@code updatedAt} shown, 304 for a matching
 * {@code If-None-Match}/{@code If-Modified-Since}, {@code Cache-Control}, {@code Vary} and {@code Surrogate-Key}.
 *
 * <p>The entity is serialised here, with the application's mapper, because the validators must describe the exact
 * bytes the client gets; the bytes then replace the entity so it is not serialised twice.
 */
public class HttpCaching {

    static final String PRIVATE = "private, no-store";
    private static final String VARY = "Accept-Encoding, Authorization, X-Api-Key, Origin";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private final ObjectMapper json;
    private final Caller caller;
    private final CachingConfig config;

    public HttpCaching(ObjectMapper json, Caller caller, CachingConfig config) {
        this.json = json;
        this.caller = caller;
        this.config = config;
    }

    @ServerResponseFilter(priority = Priorities.HEADER_DECORATOR + 100)
    public void cache(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) throws IOException {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        MediaType type = response.getMediaType() != null ? response.getMediaType() : produced(resource);
        if (!read || response.getStatus() != 200 || !response.hasEntity() || type == null
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            return;
        }
        byte[] body = response.getEntity() instanceof byte[] bytes ? bytes : json.writeValueAsBytes(response.getEntity());
        response.setEntity(body, response.getEntityAnnotations(), type);
        Representation representation = Representation.of(json.getFactory(), body);
        MultivaluedMap<String, Object> headers = response.getHeaders();

        String etag = headers.containsKey("ETag") ? text(headers.getFirst("ETag")) : EntityTags.ofBytes(body);
        headers.putSingle("ETag", etag);
        OffsetDateTime lastModified = representation.lastModified() == null ? null : representation.lastModified().truncatedTo(ChronoUnit.SECONDS);
        if (lastModified != null && !headers.containsKey("Last-Modified")) {
            headers.putSingle("Last-Modified", HTTP_DATE.format(lastModified));
        }
        if (!headers.containsKey("Cache-Control")) {
            boolean shared = !caller.has(Role.EDITOR) && !representation.unpublished();
            headers.putSingle("Cache-Control", shared
                    ? "public, max-age=" + config.maxAge() + ", stale-while-revalidate=" + config.staleWhileRevalidate()
                    : PRIVATE);
        }
        headers.putSingle("Vary", vary(headers.getFirst("Vary")));
        String keys = surrogateKeys(representation, request.getUriInfo().getPath());
        if (!keys.isEmpty()) {
            headers.putSingle("Surrogate-Key", keys);
        }
        if (notModified(request, etag, lastModified)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** What the resource declares it produces: objects returned by a method are typed only after the filters. */
    private static MediaType produced(ResourceInfo resource) {
        Produces produces = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Produces.class);
        if (produces == null && resource.getResourceClass() != null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        return produces == null || produces.value().length != 1 ? null : MediaType.valueOf(produces.value()[0]);
    }

    /** RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since counts only without it. */
    private static boolean notModified(ContainerRequestContext request, String etag, OffsetDateTime lastModified) {
        String noneMatch = request.getHeaderString("If-None-Match");
        if (noneMatch != null) {
            for (String candidate : noneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || opaque(tag).equals(opaque(etag))) {
                    return true;
                }
            }
            return false;
        }
        String modifiedSince = request.getHeaderString("If-Modified-Since");
        if (modifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            return !lastModified.isAfter(OffsetDateTime.parse(modifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return false; // an invalid date is ignored (RFC 9110 §13.1.3)
        }
    }

    /** Weak comparison, as If-None-Match uses. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String text(Object etag) {
        if (etag instanceof EntityTag tag) {
            return (tag.isWeak() ? "W/" : "") + '"' + tag.getValue() + '"';
        }
        return String.valueOf(etag);
    }

    private static String vary(Object existing) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : ((existing == null ? "" : existing + ",") + VARY).split(",")) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                names.add(trimmed);
            }
        }
        return String.join(", ", names);
    }

    /**
     * The collection first (a list changes when anything is added to it, so it is purged by the collection's name,
     * e.g. {@code articles}), then the id of every resource shown, up to the configured length.
     */
    private String surrogateKeys(Representation representation, String path) {
        StringBuilder keys = new StringBuilder();
        if (representation.list()) {
            String[] segments = path.split("/");
            for (int i = segments.length - 1; i >= 0; i--) {
                if (!segments[i].isEmpty() && !UUID.matcher(segments[i]).matches()) {
                    keys.append(segments[i]);
                    break;
                }
            }
        }
        for (String id : representation.ids()) {
            if (keys.length() + 1 + id.length() > config.maxSurrogateKeyLength()) {
                break;
            }
            keys.append(keys.isEmpty() ? "" : " ").append(id);
        }
        return keys.toString();
    }
}
