package dev.khao.feed;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;

/** Feed settings ({@code khao.feeds.*}, environment variables {@code KHAO_FEEDS_*}). */
@StaticInitSafe
@ConfigMapping(prefix = "khao.feeds")
public interface FeedConfig {

    /** Articles in a feed, newest first. */
    @WithDefault("50")
    @Min(1)
    @Max(1000)
    int count();

    /**
     * Give every reader the full article body. Off, only callers with a partner key (or higher) get it and
     * everyone else gets summaries.
     */
    @WithDefault("false")
    boolean fullContent();

    /** Cache-Control of responses every reader gets alike (feeds and sitemaps): shared caches and CDNs may keep them. */
    @WithDefault("public, max-age=300, stale-while-revalidate=600")
    String cacheControl();

    /** Cache-Control of the full-content feeds only partner keys get: no shared cache may keep them. */
    @WithDefault("private, max-age=300")
    String privateCacheControl();
}
