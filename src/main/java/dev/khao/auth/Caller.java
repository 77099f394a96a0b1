package dev.khao.auth;

import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;

/** Who is calling in this request: the API key's name and role, or the anonymous public reader. */
@RequestScoped
public class Caller {

    public static final String ANONYMOUS = "anonymous";

    private String name = ANONYMOUS;
    private Role role = Role.PUBLIC;
    private UUID keyId;
    private Integer rateLimitPerMinute;

    void authenticate(ApiKey key) {
        this.name = key.name;
        this.role = key.role;
        this.keyId = key.id;
        this.rateLimitPerMinute = key.rateLimitPerMinute;
    }

    /** The name recorded as createdBy/updatedBy. */
    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    /** Whether the caller may do what {@code needed} may. */
    public boolean has(Role needed) {
        return role.includes(needed);
    }

    /** The key's id, or null for an anonymous caller. */
    public UUID keyId() {
        return keyId;
    }

    /** The key's own rate limit, or null when its role's default applies (and for anonymous callers). */
    public Integer rateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    public boolean isAnonymous() {
        return keyId == null;
    }
}
