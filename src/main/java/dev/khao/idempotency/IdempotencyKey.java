package dev.khao.idempotency;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code Idempotency-Key} header of a creating POST. */
public class IdempotencyKey {

    private static final String NAME = "Idempotency-Key";

    @HeaderParam(NAME)
    @Parameter(description = "Any unique string (e.g. a UUID) of at most 255 characters: a repeat of this request with the same key "
            + "returns the first response instead of creating again; the same key with another body is a 422",
            example = "5f0c6c1e-2b7a-4c1e-9a51-0d5a3f9b7e21")
    String value;

    @Context
    HttpHeaders headers;

    /**
     * The key, null when none was sent; an empty header is "" (the parameter alone reads it as no header, and a
     * script whose key variable is unset would quietly lose its protection against creating twice).
     */
    public String value() {
        if (value == null && headers != null && headers.getRequestHeaders().containsKey(NAME)) {
            return "";
        }
        return value;
    }

}
