package dev.khao.ratelimit;

import dev.khao.auth.Caller;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Limits API requests per key, or per client address for calls without a valid key, and tells clients where they
 * stand with {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} on every answer. Runs
 * after the key is recognised and before its role is checked, so wrong keys are throttled by address too.
 */
public class RateLimitFilter {

    private static final String DECISION = "khao.rate-limit.decision";

    private final RateLimitConfig config;
    private final TokenBuckets buckets;
    private final Caller caller;

    public RateLimitFilter(RateLimitConfig config, TokenBuckets buckets, Caller caller) {
        this.config = config;
        this.buckets = buckets;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 500)
    public void limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled()) {
            return;
        }
        String bucket;
        int limit;
        if (caller.isAnonymous()) {
            // The connection's peer, or the X-Forwarded-For/Forwarded client when quarkus.http.proxy.* trusts the proxy.
            SocketAddress peer = http.remoteAddress();
            bucket = "address:" + (peer == null ? "unknown" : peer.hostAddress());
            limit = config.anonymous();
        } else {
            bucket = "key:" + caller.keyId();
            limit = caller.rateLimitPerMinute() != null ? caller.rateLimitPerMinute() : config.forRole(caller.role());
        }
        if (limit <= 0) {
            return;
        }
        TokenBuckets.Decision decision = buckets.take(bucket, limit);
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "More than " + limit + " requests a minute"
                    + (caller.isAnonymous() ? " from this address" : " with this key") + "; retry after "
                    + decision.retryAfterSeconds() + " s")
                    .withHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        }
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof TokenBuckets.Decision decision) {
            response.getHeaders().putSingle("RateLimit-Limit", Integer.toString(decision.limit()));
            response.getHeaders().putSingle("RateLimit-Remaining", Integer.toString(decision.remaining()));
            response.getHeaders().putSingle("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        }
    }
}
