package dev.khao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.common.JsonMergePatch;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Creates, lists, changes and revokes API keys, and recognises them on requests. */
@ApplicationScoped
public class ApiKeyService {

    /** How stale lastUsedAt may be: writing it on every request would cost a write per read. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final Clock clock;
    private final JsonMergePatch patches;
    private final Map<UUID, OffsetDateTime> touched = new ConcurrentHashMap<>();

    public ApiKeyService(ApiKeyRepository keys, Clock clock, JsonMergePatch patches) {
        this.keys = keys;
        this.clock = clock;
        this.patches = patches;
    }

    /** A new key and its secret, which is never stored and cannot be shown again. */
    public record Created(ApiKey key, String secret) {
    }

    @Transactional
    public Created create(String name, Role role, OffsetDateTime expiresAt, Integer rateLimitPerMinute, String createdBy) {
        String secret = ApiKeySecrets.generate();
        return new Created(store(name, role, secret, expiresAt, rateLimitPerMinute, createdBy), secret);
    }

    /** A key made by an administrator's request. */
    @Transactional
    public NewApiKeyResponse create(ApiKeyRequest request, String createdBy) {
        return ApiKeyMapper.toNew(create(request.name().strip(), request.role(), request.expiresAt(), request.rateLimitPerMinute(), createdBy));
    }

    /** Oldest first; keys are few, but the list pages like every other. */
    @Transactional
    public ListResponse<ApiKeyResponse> list(PageRequest page) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return keys.page(page).toResponse(key -> ApiKeyMapper.toResponse(key, now));
    }

    @Transactional
    public ApiKeyResponse get(UUID id) {
        return ApiKeyMapper.toResponse(find(id), OffsetDateTime.now(clock));
    }

    /** Changes name, expiry or rate limit; takes effect on the key's next request. */
    @Transactional
    public ApiKeyResponse update(UUID id, JsonNode patch) {
        ApiKey key = find(id);
        ApiKeyUpdate current = new ApiKeyUpdate(key.name, key.expiresAt, key.rateLimitPerMinute);
        ApiKeyUpdate changed = patches.applyTo(current, patch, ApiKeyUpdate.class);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (key.role == Role.ADMIN && key.isUsableAt(now) && changed.expiresAt() != null && !changed.expiresAt().isAfter(now)) {
            ensureAnotherAdmin(key, now);
        }
        key.name = changed.name().strip();
        key.expiresAt = changed.expiresAt();
        key.rateLimitPerMinute = changed.rateLimitPerMinute();
        return ApiKeyMapper.toResponse(key, now);
    }

    /** Stops the key from its next request on; revoking a revoked key keeps the first revocation time. */
    @Transactional
    public ApiKeyResponse revoke(UUID id) {
        ApiKey key = find(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (key.revokedAt == null) {
            if (key.role == Role.ADMIN && key.isUsableAt(now)) {
                ensureAnotherAdmin(key, now);
            }
            key.revokedAt = now;
        }
        return ApiKeyMapper.toResponse(key, now);
    }

    private ApiKey find(UUID id) {
        return keys.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("API key", "id " + id));
    }

    /** Nobody could administer the installation again (short of a restart with KHAO_ADMIN_KEY). */
    private void ensureAnotherAdmin(ApiKey key, OffsetDateTime now) {
        if (keys.countUsableAdminsOtherThan(key.id, now) == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "This is the last usable admin key; create another admin key first");
        }
    }

    /** Stores a key whose secret someone else chose (the operator's bootstrap admin key). */
    @Transactional
    public ApiKey store(String name, Role role, String secret, OffsetDateTime expiresAt, Integer rateLimitPerMinute, String createdBy) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = name;
        key.role = role;
        key.keyHash = ApiKeySecrets.hash(secret);
        key.keyPrefix = ApiKeySecrets.displayPrefix(secret);
        key.createdAt = OffsetDateTime.now(clock);
        key.createdBy = createdBy;
        key.expiresAt = expiresAt;
        key.rateLimitPerMinute = rateLimitPerMinute;
        keys.persist(key);
        return key;
    }

    /** The usable key with this secret; revoked and expired keys are refused from the moment they are. */
    @Transactional
    public Optional<ApiKey> authenticate(String secret) {
        byte[] hash = ApiKeySecrets.hash(secret);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Found through an index on the hash, then compared in constant time all the same.
        Optional<ApiKey> found = keys.findByHash(hash).filter(k -> MessageDigest.isEqual(k.keyHash, hash)).filter(k -> k.isUsableAt(now));
        found.ifPresent(key -> {
            OffsetDateTime last = touched.get(key.id);
            if (last == null || last.plus(TOUCH_INTERVAL).isBefore(now)) {
                touched.put(key.id, now);
                keys.touch(key.id, now);
            }
        });
        found.ifPresent(keys.getEntityManager()::detach);
        return found;
    }
}
