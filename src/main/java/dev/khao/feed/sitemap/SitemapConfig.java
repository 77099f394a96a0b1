package dev.khao.feed.sitemap;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/** Sitemap settings ({@code khao.sitemaps.*}, environment variables {@code KHAO_SITEMAPS_*}). */
@StaticInitSafe
@ConfigMapping(prefix = "khao.sitemaps")
public interface SitemapConfig {

    /** Most URLs in one sitemap file; a month with more is split into several. The protocol's limit is 50,000. */
    @WithDefault("50000")
    @Min(1)
    @Max(50_000)
    int maxUrls();

    /** Largest sitemap file in bytes (uncompressed); the protocol's limit is 50 MiB. At least 4 KiB, room for one long URL. */
    @WithDefault("52428800")
    @Min(4096)
    @Max(52_428_800)
    long maxBytes();

    /** How far back the Google News sitemap reaches; Google reads articles of the last two days only. */
    @WithDefault("PT48H")
    @DurationMin(minutes = 1, message = "must be at least 1 minute")
    Duration newsWindow();

    /** Most articles in the Google News sitemap (Google's limit is 1,000). */
    @WithDefault("1000")
    @Min(1)
    @Max(1000)
    int newsMaxUrls();
}
