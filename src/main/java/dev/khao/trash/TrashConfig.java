package dev.khao.trash;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/** The trash ({@code khao.trash.*}, env {@code KHAO_TRASH_*}). */
@io.quarkus.runtime.annotations.StaticInitSafe
@ConfigMapping(prefix = "khao.trash")
public interface TrashConfig {

    /** How long trashed content stays restorable before it is purged for good. Default 30 days. */
    @WithDefault("30d")
    @DurationMin(hours = 1, message = "must be at least 1 hour")
    Duration retention();

    /** How often expired content is purged. Default hourly. */
    @WithDefault("1h")
    @DurationMin(seconds = 1, message = "must be at least 1 second")
    Duration purgeInterval();
}
