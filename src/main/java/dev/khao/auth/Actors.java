package dev.khao.auth;

import io.quarkus.arc.Arc;
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

    public Actors(Caller caller) {
        this.caller = caller;
    }

    /** The name to record as createdBy, updatedBy or deletedBy. */
    public String name() {
        return inRequest() ? caller.name() : SYSTEM;
    }

    /** Whether the actor may do what {@code role} may; background work may do anything. */
    public boolean has(Role role) {
        return !inRequest() || caller.has(role);
    }

    private static boolean inRequest() {
        return Arc.container().requestContext().isActive();
    }
}
