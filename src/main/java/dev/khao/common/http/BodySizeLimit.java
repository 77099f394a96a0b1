package dev.khao.common.http;

import dev.khao.common.problem.ProblemType;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Answers a request whose declared body is larger than {@code quarkus.http.limits.max-body-size} with a 413
 * problem, right before Quarkus's own check would answer a bare 413. Routes with a limit of their own (the import)
 * check it earlier and hide the declared length from this check and Quarkus's.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Runs after any route-specific check and before Quarkus's global one. */
    public static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    private final long limit;
    private final RoutedProblems problems;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, RoutedProblems problems) {
        this.limit = limit.asLongValue();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            if (declaredLength(context) > limit) {
                reject(context, limit);
            } else {
                context.next();
            }
        });
    }

    /** The Content-Length sent, 0 without one, and too large to accept when it is not a number. */
    public static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A 413 problem; the connection is closed afterwards rather than reading a body nobody wants. */
    public void reject(RoutingContext context, long allowed) {
        context.response().putHeader(HttpHeaderNames.CONNECTION, "close")
                .endHandler(ignored -> context.request().connection().close());
        problems.send(context, ProblemType.PAYLOAD_TOO_LARGE, "Request body is larger than allowed (" + allowed + " bytes)", List.of());
    }
}
