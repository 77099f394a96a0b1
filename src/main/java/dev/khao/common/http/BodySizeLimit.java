package dev.khao.common.http;

import dev.khao.common.problem.ProblemType;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Answers a request whose body is larger than {@code quarkus.http.limits.max-body-size} with a 413 problem. A
 * declared length is checked right before Quarkus's own check would answer a bare 413; routes with a limit of their
 * own (the import) check it earlier and hide the declared length from this check and Quarkus's. A body sent without
 * a length (chunked) is checked as it is read ({@link StreamedBodyCap}): Quarkus's own check, which answers a bare
 * 413 and leaves the endpoint failing on a response already sent, is moved out of the way by {@link #SLACK}.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Runs after any route-specific check and before Quarkus's global one. */
    public static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    /** Where the cap of a body sent without a length is left for {@link StreamedBodyCap}. */
    static final String STREAMED_CAP = "khao.streamed-body-cap";

    /**
     * How far Quarkus's count of a streamed body is raised above the cap, so that Khao's, which checks the same count
     * before each read where Quarkus checks it after, finds a body too large first: only if more than this arrived
     * during one read would Quarkus's bare 413 still answer.
     */
    static final long SLACK = 16L << 20;

    /** A body read past its cap; the endpoint's answer is a 413 problem (see ProblemMappers). */
    public static final class TooLarge extends IOException {
        TooLarge(long allowed) {
            super("Request body is larger than allowed (" + allowed + " bytes)", null);
        }
    }

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
        // After Quarkus's check, which leaves the cap of a body without a length here, and after a route raised it.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 2).handler(context -> {
            Long cap = context.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY);
            if (cap != null && cap >= 0) {
                context.put(STREAMED_CAP, cap);
                context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, cap + SLACK);
            }
            context.next();
        });
    }

    /**
     * {@code in}, failing with {@link TooLarge} before a read once more than {@code cap} bytes of the body have been
     * received. Vert.x receives ahead of the reader (often the whole body before the first read), so the bytes
     * received are compared, as Quarkus's own count does right after each read.
     */
    static InputStream capped(InputStream in, long cap, LongSupplier received) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                check();
                return super.read();
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                check();
                return super.read(buffer, off, len);
            }

            private void check() throws TooLarge {
                if (received.getAsLong() > cap) {
                    throw new TooLarge(cap);
                }
            }
        };
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
