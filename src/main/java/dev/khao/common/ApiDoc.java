package dev.khao.common;

/** OpenAPI fragments shared by every resource, so the contract names each error response the same way. */
public final class ApiDoc {

    public static final String PROBLEM = "application/problem+json";
    public static final String BAD_REQUEST = "Invalid input: malformed JSON, wrong types, unknown fields, failed validation or a malformed UUID";
    public static final String NOT_FOUND = "No such resource";
    public static final String CONFLICT = "Slug already used by another resource";
    public static final String DELETE = "Moves it to the trash (`GET /v1/trash`), from which `POST …/{id}/restore` brings it back with its links; "
            + "trashed content is gone from every read, list, search and lookup. If articles use it, the answer is a 409 naming how many "
            + "unless `force=true`, which unlinks them (each unlink is an article update; a restore links them again). "
            + "`purge=true` (admins only) removes it for good instead, trashed or not.";
    public static final String IN_USE = "Articles use it and `force` was not sent";
    public static final String PURGE_FORBIDDEN = "`purge=true` from a key that is not an admin";
    public static final String FORCE = "Unlink the articles that use it instead of refusing";
    public static final String PURGE = "Remove for good instead of moving to the trash (admins only)";
    public static final String RESTORE = "Brings it back from the trash with the article links its trashing removed (where the articles "
            + "have not been given another since)";
    public static final String NOT_IN_TRASH = "It is not in the trash";
    public static final String ETAG = "Strong entity tag of the representation returned; send it back in If-Match to write only over this state";
    public static final String LAST_MODIFIED = "When the resource was last written (HTTP date), for If-Unmodified-Since";
    public static final String PRECONDITION_FAILED = "If-Match, If-Unmodified-Since or the body's version does not match the current state; "
            + "the `ETag` header carries the current ETag";
    public static final String PRECONDITION_REQUIRED = "Conditional writes are required (khao.concurrency.require-if-match) and neither If-Match nor a version was sent";
    public static final String VERSION = "Increases with every write; a PUT or PATCH may send it back instead of If-Match";
    public static final String VERSION_IN_BODY = "Write only if the resource is still at this version (an alternative to If-Match for clients that cannot set headers); "
            + "otherwise 412";

    private ApiDoc() {
    }
}
