package dev.khao.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khao.auth.Caller;
import dev.khao.common.http.EntityTags;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * Runs a creating POST at most once per (API key, Idempotency-Key): the key is claimed, the resource created and the
 * response stored in one transaction, so a failed creation frees the key again and a repeat never creates twice.
 */
@ApplicationScoped
public class IdempotentCreation {

    /** Set on a response that repeats a stored one. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotencyRepository repository;
    private final IdempotencyConfig config;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotentCreation(IdempotencyRepository repository, IdempotencyConfig config, Caller caller, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.config = config;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The response of {@code create}, or, when this key was used before, the first response to it.
     *
     * @param path    the path posted to; the same key on another path counts as another body
     * @param request the request as received, compared with the first use of the key
     */
    @Transactional
    public Response create(IdempotencyKey key, String path, Object request, Supplier<Response> create) {
        String value = key == null ? null : key.value();
        if (value == null) {
            return create.get();
        }
        if (value.isBlank() || value.length() > 255) {
            throw new ProblemException(ProblemType.BAD_PARAMETER, "Idempotency-Key must be 1 to 255 characters");
        }
        String scope = caller.keyId() != null ? caller.keyId().toString() : caller.name();
        String hash = EntityTags.ofBytes((path + '\n' + serialise(request)).getBytes(StandardCharsets.UTF_8));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!repository.claim(scope, value, hash, now, now.plus(config.retention()))) {
            IdempotencyRepository.Stored stored = repository.find(scope, value)
                    .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "A request with this Idempotency-Key is in progress; try again"));
            if (!stored.requestHash().equals(hash)) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        "This Idempotency-Key was used for a different request; use a new key for a new request");
            }
            Response.ResponseBuilder replay = Response.status(stored.status()).entity(stored.body())
                    .type(MediaType.APPLICATION_JSON).header(REPLAYED, "true");
            if (stored.location() != null) {
                replay.location(java.net.URI.create(stored.location()));
            }
            if (stored.etag() != null) {
                replay.header(HttpHeaders.ETAG, stored.etag());
            }
            return replay.build();
        }
        Response response = create.get();
        repository.complete(scope, value, response.getStatus(), response.getLocation() == null ? null : response.getLocation().toString(),
                response.getHeaderString(HttpHeaders.ETAG), serialise(response.getEntity()));
        return response;
    }

    private String serialise(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a request or response to store it", e);
        }
    }
}
