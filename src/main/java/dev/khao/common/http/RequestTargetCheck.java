package dev.khao.common.http;

import dev.khao.common.StorableText;
import dev.khao.common.problem.Problem;
import dev.khao.common.problem.ProblemType;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads request targets as clients send them, and refuses, before any resource runs, requests whose target no
 * resource could serve. A target with raw UTF-8 or characters a URI does not allow (curl sends Thai and quotes as
 * typed) is routed again percent-encoded, so {@code ?q=ดิจิทัล} works unencoded too; Quarkus's own check, which
 * would answer it with an empty 400, is off ({@link dev.khao.Main}). Refused with a problem: malformed
 * percent-encoding or bytes that are not UTF-8, a parameter or path with a character PostgreSQL cannot store
 * ({@link StorableText}, which would otherwise fail a query), a path with dot segments, a query parameter given twice with different values
 * (each takes one) and an API request without a Host (links in answers are absolute). Failures Vert.x raises while
 * routing become problem responses too, instead of its bespoke bodies. (An over-long request line is answered by
 * Vert.x's HTTP codec, with an empty 414, before any route runs.)
 */
@ApplicationScoped
public class RequestTargetCheck {

    /** Before the body-size checks: a request refused for its target needs no body. */
    static final int ORDER = BodySizeLimit.ORDER - 2;

    private static final String NO_HOST = "A Host header is required";

    private static final Logger LOG = Logger.getLogger(RequestTargetCheck.class);

    private final RoutedProblems problems;

    public RequestTargetCheck(RoutedProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
        router.route().order(ORDER).failureHandler(this::failed);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String target = request.uri();
        String encoded;
        try {
            encoded = TargetEncoding.percentEncoded(target);
        } catch (TargetEncoding.MalformedTarget malformed) {
            problems.send(context, ProblemType.BAD_PARAMETER, malformed.getMessage(), List.of());
            return;
        }
        if (!encoded.equals(target)) {
            // Every route runs again on the encoded target; nothing before this one has read the query yet.
            context.reroute(request.method(), encoded);
            return;
        }
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        if (path.contains("%00")) {
            reject(context, "path", "The path contains an encoded NUL character (%00)");
            return;
        }
        if (hasDotSegment(path)) {
            // Vert.x routes /v1/articles/%2e%2e/%2e%2e/q/metrics as /q/metrics: a proxy forwarding /v1/ alone would
            // expose what it means to keep inside.
            problems.send(context, ProblemType.BAD_PARAMETER, "The path has a '.' or '..' segment; send the path it stands for",
                    List.of(new Problem.FieldError("path", "must not have '.' or '..' segments")));
            return;
        }
        Iterable<Map.Entry<String, String>> parameters;
        try {
            parameters = context.queryParams();
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            // The codec refuses malformed escapes first; this keeps a decoder that throws from ever making a 500.
            problems.send(context, ProblemType.BAD_PARAMETER, "The query string is not valid percent-encoded UTF-8", List.of());
            return;
        }
        boolean probe = path.startsWith("/q/");
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, String> parameter : parameters) {
            if (!StorableText.isStorable(parameter.getKey()) || !StorableText.isStorable(parameter.getValue())) {
                String name = StorableText.replaced(parameter.getKey());
                reject(context, name, "Query parameter '" + name + "' " + StorableText.MESSAGE);
                return;
            }
            // Every parameter takes one value, and JAX-RS would silently use the first: ?section=a&section=b would
            // list section a only. The same value twice is harmless. Names match regardless of case, as resources
            // read them.
            String earlier = probe ? null : seen.putIfAbsent(parameter.getKey().toLowerCase(Locale.ROOT), parameter.getValue());
            if (earlier != null && !earlier.equals(parameter.getValue())) {
                String name = parameter.getKey();
                problems.send(context, ProblemType.BAD_PARAMETER, "Query parameter '" + name + "' is given twice with different"
                        + " values; each parameter takes one value",
                        List.of(new Problem.FieldError(name, "is given twice with different values")));
                return;
            }
        }
        // Health and metrics probes (some load balancers still send HTTP/1.0 without Host) never build links. Behind
        // a trusted proxy that forwards the host (quarkus.http.proxy.enable-forwarded-host), that host stands in.
        if (lacksHost(request) && lacksAuthority(request.absoluteURI()) && !path.startsWith("/q/")) {
            problems.send(context, ProblemType.BAD_PARAMETER, NO_HOST, List.of());
            return;
        }
        // RFC 9112 §3.2: a request with several Host headers is a 400; of two, the first was taken silently.
        List<String> hosts = request.headers().getAll(HttpHeaderNames.HOST);
        if (!probe && hosts.size() > 1) {
            problems.send(context, ProblemType.BAD_PARAMETER, "A request must have one Host header, not " + hosts.size(), List.of());
            return;
        }

        context.next();
    }

    /** Whether a segment of the raw path is {@code .} or {@code ..}, written as such or percent-encoded ({@code %2e}). */
    static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            String dots = segment.replace("%2e", ".").replace("%2E", ".");
            if (dots.equals(".") || dots.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** No Host, or an empty one: an http(s) target always has a host, so an empty Host names none (RFC 9110 §7.2). */
    private static boolean lacksHost(HttpServerRequest request) {
        String host = request.getHeader(HttpHeaderNames.HOST);
        return request.version() != HttpVersion.HTTP_2 && (host == null || host.isBlank());
    }

    /** Whether the address the request's links would start with has no host ({@code http:///v1/…}, or none at all). */
    private static boolean lacksAuthority(String absoluteUri) {
        if (absoluteUri == null) {
            return true;
        }
        int authority = absoluteUri.indexOf("://");
        return authority < 0 || authority + 3 >= absoluteUri.length() || absoluteUri.charAt(authority + 3) == '/';
    }

    private void reject(RoutingContext context, String field, String detail) {
        problems.send(context, ProblemType.BAD_PARAMETER, detail, List.of(new Problem.FieldError(field, StorableText.MESSAGE)));
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.failure() instanceof HttpException http ? http.getStatusCode() : context.statusCode();
        if (status < 400) {
            status = 500;
        }
        if (status >= 500) {
            LOG.error("Request failed while routing", context.failure());
        }
        // Vert.x itself fails an HTTP/1.1 request without Host before any handler runs.
        String detail = status >= 500 ? "The server failed to handle the request"
                : lacksHost(context.request()) ? NO_HOST : "The request is not valid HTTP";
        problems.send(context, ProblemType.forStatus(status), status, detail, List.of());
    }
}
