package dev.khao.common.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compresses every response whose media type is in {@code quarkus.http.compress-media-types}. Quarkus decides per
 * endpoint from what the endpoint declares it produces, so problems ({@code application/problem+json}) written by
 * a JSON endpoint would otherwise leave uncompressed; the decision is made here from the type actually sent.
 */
@ApplicationScoped
public class ResponseCompression {

    private final Set<String> compressible;

    public ResponseCompression(@ConfigProperty(name = "quarkus.http.compress-media-types") List<String> types) {
        this.compressible = types.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(context -> {
            context.addHeadersEndHandler(ignored -> allow(context.response().headers()));
            context.next();
        });
    }

    private void allow(MultiMap headers) {
        String type = headers.get(HttpHeaderNames.CONTENT_TYPE);
        if (type != null && HttpHeaderValues.IDENTITY.contentEqualsIgnoreCase(headers.get(HttpHeaderNames.CONTENT_ENCODING))
                && compressible.contains(type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))) {
            // Without the identity marker, Vert.x compresses as the request's Accept-Encoding allows.
            headers.remove(HttpHeaderNames.CONTENT_ENCODING);
        }
    }
}
