package dev.khao.auth;

import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Locale;

/**
 * Authenticates every API request by its key ({@code Authorization: Bearer …} or {@code X-Api-Key}) and checks
 * the role its endpoint needs ({@link Allowed}): 401 with {@code WWW-Authenticate} for a missing or unknown key,
 * 403 for a key whose role is too low. Runs in two steps, around the rate limiter ({@code dev.khao.ratelimit}).
 */
public class AccessFilter {

    private static final String CHALLENGE = "Bearer realm=\"khao\"";
    private static final String REJECTED_KEY = "khao.auth.rejected-key";

    private final ApiKeyService keys;
    private final Caller caller;
    private final AuthConfig config;

    public AccessFilter(ApiKeyService keys, Caller caller, AuthConfig config) {
        this.keys = keys;
        this.caller = caller;
        this.config = config;
    }

    /**
     * Recognises the key. A wrong key is only remembered here and refused by {@link #authorize}, so that the rate
     * limiter, which runs in between, counts wrong keys against the client's address like anonymous calls.
     */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request) {
        String secret = secretOf(request);
        if (secret != null) {
            keys.authenticate(secret).ifPresentOrElse(caller::authenticate, () -> request.setProperty(REJECTED_KEY, Boolean.TRUE));
        }
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void authorize(ContainerRequestContext request, ResourceInfo resource) {
        if (request.getProperty(REJECTED_KEY) != null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "The API key is not valid: unknown, revoked or expired")
                    .withHeader("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
        }
        Role needed = needed(resource, request.getMethod());
        if (caller.isAnonymous()) {
            if (needed != Role.PUBLIC || !config.anonymousReads()) {
                throw new ProblemException(ProblemType.UNAUTHORIZED, "This request needs an API key with the role "
                        + needed + " (Authorization: Bearer <key>)").withHeader("WWW-Authenticate", CHALLENGE);
            }
        } else if (!caller.has(needed)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This request needs the role " + needed + "; the key '"
                    + caller.name() + "' has the role " + caller.role());
        }
    }

    private static Role needed(ResourceInfo resource, String method) {
        Method handler = resource.getResourceMethod();
        Allowed allowed = handler == null ? null : handler.getAnnotation(Allowed.class);
        if (allowed == null && resource.getResourceClass() != null) {
            allowed = resource.getResourceClass().getAnnotation(Allowed.class);
        }
        if (allowed != null) {
            return allowed.value();
        }
        // OPTIONS only describes what a resource allows, as a read does.
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method) ? Role.PUBLIC : Role.EDITOR;
    }

    /** The key sent, or null when none was; a malformed Authorization header counts as a wrong key. */
    private static String secretOf(ContainerRequestContext request) {
        String authorization = request.getHeaderString("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            String value = authorization.strip();
            if (value.length() > 7 && value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
                return value.substring(7).strip();
            }
            return "";
        }
        String header = request.getHeaderString("X-Api-Key");
        return header == null || header.isBlank() ? null : header.strip();
    }
}
