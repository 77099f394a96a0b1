package dev.khao.feed.sitemap;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Sitemap settings ({@code khao.sitemaps.*}, environment variables {@code KHAO_SITEMAPS_*}). */
@StaticInitSafe
@ConfigMapping(prefix = "khao.sitemaps")
public interface SitemapConfig {

    /** Most URLs in one sitemap file; a month with more is split into several. The protocol's limit is 50,000. */
    @WithDefault("50000")
    int maxUrls();

    /** Largest sitemap file in bytes (uncompressed); the protocol's limit is 50 MiB. */
    @WithDefault("52428800")
    long maxBytes();

    /** How far back the Google News sitemap reaches; Google reads articles of the last two days only. */
    @WithDefault("PT48H")
    Duration newsWindow();

    /** Most articles in the Google News sitemap (Google's limit is 1,000). */
    @WithDefault("1000")
    int newsMaxUrls();
}
