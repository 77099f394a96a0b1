package dev.khao.auth;

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

/** Creates API keys and recognises them on requests. */
@ApplicationScoped
public class ApiKeyService {

    /** How stale lastUsedAt may be: writing it on every request would cost a write per read. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final Clock clock;
    private final Map<UUID, OffsetDateTime> touched = new ConcurrentHashMap<>();

    public ApiKeyService(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A new key and its secret, which is never stored and cannot be shown again. */
    public record Created(ApiKey key, String secret) {
    }

    @Transactional
    public Created create(String name, Role role, OffsetDateTime expiresAt, Integer rateLimitPerMinute, String createdBy) {
        String secret = ApiKeySecrets.generate();
        return new Created(store(name, role, secret, expiresAt, rateLimitPerMinute, createdBy), secret);
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
