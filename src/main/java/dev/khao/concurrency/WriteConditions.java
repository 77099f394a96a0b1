package dev.khao.concurrency;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.common.problem.ProblemException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The conditional-request headers of a PUT, PATCH or DELETE, read by the resource and checked by the service. */
public class WriteConditions {

    @HeaderParam("If-Match")
    @Parameter(description = "Write only if the resource's current ETag is one of these (comma-separated; `*` for any). "
            + "Otherwise 412 with the current ETag.", example = "\"q1w2e3r4t5y6u7i8o9p0aa\"", schema = @Schema(type = SchemaType.STRING))
    List<String> ifMatch;

    @HeaderParam("If-Unmodified-Since")
    @Parameter(description = "Write only if the resource has not changed since this HTTP date (ignored when If-Match is sent)",
            example = "Thu, 10 Nov 2022 03:00:00 GMT")
    String ifUnmodifiedSince;

    @Context
    HttpHeaders headers;

    /**
     * The headers as a precondition; an unparseable date is ignored, as RFC 9110 §13.1.4 asks. An If-Match with no tag
     * in it matches no state: a script sending {@code If-Match: $ETAG} with the variable unset must not write
     * unconditionally (the parameter alone cannot tell an empty header from none).
     */
    public Precondition precondition() {
        List<String> tags = Precondition.parseTags(ifMatch);
        if (tags == null && headers != null && headers.getRequestHeaders().containsKey(HttpHeaders.IF_MATCH)) {
            tags = List.of();
        }
        return new Precondition(tags, httpDate(ifUnmodifiedSince), null);
    }

    /** The headers plus the version a client sent in the body instead of If-Match. */
    public Precondition precondition(Integer bodyVersion) {
        return precondition().withVersion(bodyVersion);
    }

    /**
     * The headers plus the version a merge patch carries. Anything there but a whole number or null is a 400: read as
     * no version at all, a stale {@code 1.0} or {@code "1"} would have let the write through unchecked.
     */
    public Precondition precondition(JsonNode patch) {
        JsonNode version = patch == null ? null : patch.get("version");
        if (version == null || version.isNull()) {
            return precondition((Integer) null);
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw ProblemException.invalidField("version", "must be a whole number: the version of the state you edited");
        }
        return precondition(version.intValue());
    }

    private static Instant httpDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
