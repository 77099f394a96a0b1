package dev.khao.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/** Idempotent creation ({@code khao.idempotency.*}, env {@code KHAO_IDEMPOTENCY_*}). */
@io.quarkus.runtime.annotations.StaticInitSafe
@ConfigMapping(prefix = "khao.idempotency")
public interface IdempotencyConfig {

    /** How long the first response to an Idempotency-Key is replayed; afterwards the key may be used again. */
    @WithDefault("24h")
    @DurationMin(seconds = 1, message = "must be at least 1 second")
    Duration retention();
}
