package dev.khao.ratelimit;

import dev.khao.auth.Role;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import io.smallrye.config.WithName;

/**
 * Requests per minute ({@code khao.rate-limit.*}, env {@code KHAO_RATE_LIMIT_*}): per key by role unless the key has
 * its own {@code rateLimitPerMinute}, per client address for calls without a (valid) key. 0 means unlimited.
 */
@io.quarkus.runtime.annotations.StaticInitSafe
@ConfigMapping(prefix = "khao.rate-limit")
public interface RateLimitConfig {

    /** Whether requests are limited at all (off when a gateway in front does it). */
    @WithDefault("true")
    boolean enabled();

    /** Per client address, for calls without a key or with a wrong one. */
    @WithDefault("300")
    @Min(0)
    int anonymous();

    @WithName("public")
    @WithDefault("600")
    @Min(0)
    int publicRole();

    @WithDefault("1200")
    @Min(0)
    int partner();

    @WithDefault("1200")
    @Min(0)
    int editor();

    @WithDefault("0")
    @Min(0)
    int admin();

    /** Buckets kept in memory; beyond it, idle (full) buckets are dropped. */
    @WithDefault("100000")
    @Min(1)
    int maxBuckets();

    default int forRole(Role role) {
        return switch (role) {
            case PUBLIC -> publicRole();
            case PARTNER -> partner();
            case EDITOR -> editor();
            case ADMIN -> admin();
        };
    }
}
