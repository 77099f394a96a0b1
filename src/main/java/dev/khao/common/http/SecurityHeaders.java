package dev.khao.common.http;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response, whichever handler writes it (API, problems, 413s, /q/*): no content
 * sniffing, no referrer, no server banner, and on anything but HTML (Swagger UI needs its scripts) a policy that
 * lets the response load nothing and be framed nowhere.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(context -> {
            context.addHeadersEndHandler(ignored -> decorate(context.response().headers()));
            context.next();
        });
    }

    private static void decorate(MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        String type = headers.get("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        headers.remove("Server");
        headers.remove("X-Powered-By");
    }
}
