package dev.khao.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khao.common.problem.Problem;
import dev.khao.common.problem.ProblemType;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    private final ObjectMapper json;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
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
        Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(),
                ProblemType.PAYLOAD_TOO_LARGE.status(), "Request body is larger than allowed (" + allowed + " bytes)",
                context.request().path(), null);
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a problem", e);
        }
        context.response().putHeader(HttpHeaderNames.CONNECTION, "close")
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setStatusCode(problem.status())
                .endHandler(ignored -> context.request().connection().close())
                .end(Buffer.buffer(body));
    }
}
