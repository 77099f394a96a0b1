package dev.khao.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khao.common.StorableText;
import dev.khao.common.problem.Problem;
import dev.khao.common.problem.ProblemType;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Writes a problem response straight from a Vert.x route, for checks that answer before the REST layer runs. */
@ApplicationScoped
public class RoutedProblems {

    /** The route template of requests answered here, whatever their path; metrics show it as {@code uri="/REFUSED"}. */
    private static final String REFUSED_BEFORE_ROUTING = "REFUSED";

    private static final String URL_TEMPLATE_KEY = "UrlPathTemplate";

    private final ObjectMapper json;

    public RoutedProblems(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext context, ProblemType type, String detail, List<Problem.FieldError> errors) {
        send(context, type, type.status(), detail, errors);
    }

    /** For a status without a type of its own, answered with the nearest type. */
    public void send(RoutingContext context, ProblemType type, int status, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail,
                StorableText.replaced(context.request().path()), errors.isEmpty() ? null : errors);
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a problem", e);
        }
        // Metrics tag a request by its route's template; one refused before routing has none and would be tagged by
        // its raw path, letting clients mint a time series per request. Quarkus's HTTP metrics and tracing read the
        // template from this context key, which its REST layer sets once a resource matches.
        Context current = Vertx.currentContext();
        if (current != null) {
            current.putLocal(URL_TEMPLATE_KEY, REFUSED_BEFORE_ROUTING);
        }
        context.response().putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setStatusCode(problem.status())
                .end(Buffer.buffer(body));
    }
}
