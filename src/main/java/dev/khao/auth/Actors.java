package dev.khao.auth;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who is acting, wherever code runs: the request's {@link Caller} inside a request, the system itself in background
 * work (the scheduler, the trash purge, demo content), which sees and may do everything.
 */
@ApplicationScoped
public class Actors {

    /** The name background work is recorded under. */
    public static final String SYSTEM = "system";

    private final Caller caller;
    private final CurrentVertxRequest http;

    public Actors(Caller caller, CurrentVertxRequest http) {
        this.caller = caller;
        this.http = http;
    }

    /**
     * The name to record as createdBy, updatedBy or deletedBy: the caller's while a client's request is served. Quarkus
     * also activates the request context for startup observers (the demo content), where nobody calls: that work was
     * recorded as written by "anonymous".
     */
    public String name() {
        return inRequest() && http.getCurrent() != null ? caller.name() : SYSTEM;
    }

    /**
     * Whether the actor may do what {@code role} may; background work may do anything. (Decided by the request
     * context alone: a request is never let off a check because its HTTP request could not be found.)
     */
    public boolean has(Role role) {
        return !inRequest() || caller.has(role);
    }

    private static boolean inRequest() {
        return Arc.container().requestContext().isActive();
    }
}
