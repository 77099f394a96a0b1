package dev.khao.common.problem;

/** The kinds of problem Khao answers with; each has a stable type URI clients can switch on. */
public enum ProblemType {
    BAD_PARAMETER(400, "bad-parameter", "Request parameter is not valid"),
    VALIDATION(400, "validation", "Request is not valid"),
    MALFORMED_REQUEST(400, "malformed-request", "Request body could not be read"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed for this API key"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "Conflict with the current state"),
    /** A sync token older than the change log's retention: the partner must sync again from scratch. */
    SYNC_TOKEN_EXPIRED(410, "sync-token-expired", "Sync token has expired"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "Request cannot be processed"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed"),
    PRECONDITION_REQUIRED(428, "precondition-required", "A precondition is required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Rate limit exceeded"),
    INTERNAL(500, "internal", "Internal server error"),
    /** Too much work already waiting; the answer says when to retry. */
    OVERLOADED(503, "overloaded", "Too busy to answer now"),
    /** The database cannot be reached or has no free connection; the answer says when to retry. */
    UNAVAILABLE(503, "unavailable", "Temporarily unavailable");

    private static final String BASE = "https://khao.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
