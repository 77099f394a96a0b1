package dev.khao.caching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** HTTP caching of public reads ({@code khao.http-cache.*}, env {@code KHAO_HTTP_CACHE_*}). */
@io.quarkus.runtime.annotations.StaticInitSafe
@ConfigMapping(prefix = "khao.http-cache")
public interface CachingConfig {

    /** Seconds a cache (browser or CDN) may serve a public read without asking again. */
    @WithDefault("60")
    @Min(0)
    int maxAge();

    /** Seconds after that during which a cache may serve the stale copy while it revalidates in the background. */
    @WithDefault("300")
    @Min(0)
    int staleWhileRevalidate();

    /** Longest Surrogate-Key header, in characters; ids beyond it are left out (the collection key never is). */
    @WithDefault("8192")
    @Min(0)
    int maxSurrogateKeyLength();
}
