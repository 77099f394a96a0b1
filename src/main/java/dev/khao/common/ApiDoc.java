package dev.khao.common;

/** OpenAPI fragments shared by every resource, so the contract names each error response the same way. */
public final class ApiDoc {

    public static final String PROBLEM = "application/problem+json";
    public static final String BAD_REQUEST = "Invalid input: malformed JSON, wrong types, unknown fields, failed validation or a malformed UUID";
    public static final String NOT_FOUND = "No such resource";
    public static final String CONFLICT = "Slug already used by another resource";

    private ApiDoc() {
    }
}
