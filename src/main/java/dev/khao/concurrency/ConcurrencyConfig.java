package dev.khao.concurrency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Conditional writes ({@code khao.concurrency.*}, env {@code KHAO_CONCURRENCY_*}). */
@io.quarkus.runtime.annotations.StaticInitSafe
@ConfigMapping(prefix = "khao.concurrency")
public interface ConcurrencyConfig {

    /**
     * Whether PUT, PATCH and DELETE must say which state they are based on (If-Match or a version in the body):
     * without one they are refused with 428, so no client can overwrite an edit it has not seen.
     */
    @WithDefault("false")
    boolean requireIfMatch();
}
