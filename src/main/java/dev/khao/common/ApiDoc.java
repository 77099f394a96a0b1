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

    private ApiDoc() {
    }
}
