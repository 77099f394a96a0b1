package dev.khao.common.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * Fails the endpoint's reading of a body sent without a length with {@link BodySizeLimit.TooLarge} once more of it
 * has arrived than the cap {@link BodySizeLimit} found for its route.
 */
@Provider
public class StreamedBodyCap implements ReaderInterceptor {

    private final CurrentVertxRequest http;

    public StreamedBodyCap(CurrentVertxRequest http) {
        this.http = http;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        RoutingContext routing = http.getCurrent();
        Long cap = routing == null ? null : routing.get(BodySizeLimit.STREAMED_CAP);
        if (cap != null) {
            HttpServerRequest request = routing.request();
            context.setInputStream(BodySizeLimit.capped(context.getInputStream(), cap, request::bytesRead));
        }
        return context.proceed();
    }
}
