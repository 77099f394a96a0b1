package dev.khao.sync;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/** Sync API settings ({@code khao.sync.*}, env {@code KHAO_SYNC_*}). */
@io.quarkus.runtime.annotations.StaticInitSafe
@ConfigMapping(prefix = "khao.sync")
public interface SyncConfig {

    /** Items of the initial listing, and change-log rows, per answer. Default 100. */
    @WithDefault("100")
    @Min(1)
    int pageSize();

    /**
     * How long the change log is kept, and so how long a token stays valid: a token older than this answers 410 and
     * the partner syncs again from scratch. Default 45 days (partners are promised at least 30).
     */
    @WithDefault("P45D")
    @DurationMin(hours = 1, message = "must be at least 1 hour")
    Duration retention();

    /** How often log rows past the retention (plus a day for transactions still running) are deleted. Default 1 hour. */
    @WithDefault("PT1H")
    @DurationMin(seconds = 1, message = "must be at least 1 second")
    Duration pruneInterval();
}
