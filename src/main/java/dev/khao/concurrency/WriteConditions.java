package dev.khao.concurrency;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.HeaderParam;
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

    /** The headers as a precondition; an unparseable date is ignored, as RFC 9110 §13.1.4 asks. */
    public Precondition precondition() {
        return new Precondition(Precondition.parseTags(ifMatch), httpDate(ifUnmodifiedSince), null);
    }

    /** The headers plus the version a client sent in the body instead of If-Match. */
    public Precondition precondition(Integer bodyVersion) {
        return precondition().withVersion(bodyVersion);
    }

    /** The headers plus the version a merge patch carries, if it carries a whole number there. */
    public Precondition precondition(JsonNode patch) {
        JsonNode version = patch == null ? null : patch.get("version");
        return precondition(version != null && version.isIntegralNumber() && version.canConvertToInt() ? version.intValue() : null);
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
