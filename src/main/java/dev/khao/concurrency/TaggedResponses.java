package dev.khao.concurrency;

import dev.khao.common.http.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Date;

/** Single-resource responses with the validators conditional writes need: a strong ETag and Last-Modified. */
@ApplicationScoped
public class TaggedResponses {

    private final EntityTags tags;

    public TaggedResponses(EntityTags tags) {
        this.tags = tags;
    }

    public Response ok(Object representation, OffsetDateTime lastModified) {
        return tagged(Response.ok(representation), representation, lastModified);
    }

    public Response created(URI location, Object representation, OffsetDateTime lastModified) {
        return tagged(Response.created(location).entity(representation), representation, lastModified);
    }

    private Response tagged(Response.ResponseBuilder builder, Object representation, OffsetDateTime lastModified) {
        return builder.header("ETag", tags.of(representation)).lastModified(Date.from(lastModified.toInstant())).build();
    }
}
