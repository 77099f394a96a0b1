package dev.khao.common;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;

import java.time.ZoneId;
import java.util.Optional;

/** Every {@code khao.*} setting, with its default; each can be set as an environment variable {@code KHAO_*}. */
// Static-init safe: the JSON mapper, built during static init, reads the time zone.
@StaticInitSafe
@ConfigMapping(prefix = "khao")
public interface KhaoConfig {

    Database database();

    Demo demo();

    /** Zone in which timestamps are written in responses (the instant is the same in any zone). */
    @WithDefault("Asia/Bangkok")
    ZoneId timeZone();

    Paging paging();

    /**
     * An admin API key to accept ({@code KHAO_ADMIN_KEY}, at least 16 characters), e.g. from a secret store. Without
     * it, an admin key is generated on the first start, logged once and written to {@code <data-dir>/admin-key}
     * (owner-only).
     */
    Optional<String> adminKey();

    /** The zero-config database. */
    interface Database {
        /** Start the embedded PostgreSQL when no {@code quarkus.datasource.jdbc.url} is configured. */
        @WithDefault("true")
        boolean embedded();

        /** Directory holding the embedded database's files (under {@code postgres/}); relative to the working directory. */
        @WithDefault("data")
        String dataDir();
    }

    /** Demo content loaded into an empty database on first start. */
    interface Demo {
        @WithDefault("true")
        boolean enabled();
    }

    /** List paging. */
    interface Paging {
        /** Items per page when a request names no {@code limit}. Default 20. */
        @WithDefault("20")
        @Min(1)
        int defaultLimit();

        /** Largest {@code limit} a request may ask for. Default 100. */
        @WithDefault("100")
        @Min(1)
        int maxLimit();

        /** A request without a limit must get a page a request may ask for. */
        @AssertTrue(message = "default-limit must not be greater than max-limit")
        default boolean isDefaultWithinMax() {
            return defaultLimit() <= maxLimit();
        }
    }
}
