package dev.khao.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/** Scheduled publication ({@code khao.publishing.*}, env {@code KHAO_PUBLISHING_*}). */
@io.quarkus.runtime.annotations.StaticInitSafe
@ConfigMapping(prefix = "khao.publishing")
public interface PublishingConfig {

    /**
     * How often the scheduler looks for scheduled articles whose time has come, to mark them published and announce
     * them (feeds, sync, webhooks). Visibility never waits for it: a scheduled article is public from its time on.
     */
    @WithDefault("15s")
    @DurationMin(millis = 100, message = "must be at least 100 milliseconds")
    Duration interval();
}
