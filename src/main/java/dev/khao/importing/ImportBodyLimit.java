package dev.khao.importing;

import dev.khao.common.http.BodySizeLimit;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets the import route take bodies up to {@code khao.import.max-body-size} (the whole 777 MB corpus in one
 * request) while {@code quarkus.http.limits.max-body-size} keeps holding every other route, whose JSON bodies are
 * read into memory. Quarkus has no per-route limit: its own check (route order {@code UPLOAD_LIMIT}) rejects a
 * declared {@code Content-Length} above the global limit and otherwise caps the streamed bytes. For the import
 * route this class checks the declared length against the import limit before that check (and Khao's own,
 * {@link BodySizeLimit}) runs and hides it from them, then raises the streamed cap right after Quarkus's.
 */
@ApplicationScoped
public class ImportBodyLimit {

    static final String PATH = "/v1/import";

    private final long limit;
    private final BodySizeLimit bodySizeLimit;

    public ImportBodyLimit(ImportConfig config, BodySizeLimit bodySizeLimit) {
        this.limit = config.maxBodySize().asLongValue();
        this.bodySizeLimit = bodySizeLimit;
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, PATH).order(BodySizeLimit.ORDER - 1).handler(this::checkDeclaredLength);
        router.route(HttpMethod.POST, PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::raiseStreamedLimit);
    }

    private void checkDeclaredLength(RoutingContext context) {
        if (BodySizeLimit.declaredLength(context) > limit) {
            bodySizeLimit.reject(context, limit);
            return;
        }
        // The body is already framed by this header; only the global check reads it from here on.
        context.request().headers().remove(HttpHeaderNames.CONTENT_LENGTH);
        context.next();
    }

    private void raiseStreamedLimit(RoutingContext context) {
        context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limit);
        context.next();
    }
}
