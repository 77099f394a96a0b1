package dev.khao.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.hibernate.validator.constraints.time.DurationMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Search settings ({@code khao.search.*}, or environment variables {@code KHAO_SEARCH_*}); a value out of range stops
 * the application as it starts, naming the setting. Relevance is
 * {@code ts_rank × (1 + freshness-weight / (1 + age in days / freshness-half-life-days))}: a brand-new
 * article gets up to {@code 1 + freshness-weight} times its text rank, half that bonus at the half-life age.
 */
@io.quarkus.runtime.annotations.StaticInitSafe
@ConfigMapping(prefix = "khao.search")
public interface SearchConfig {

    /** How much freshness adds to relevance; 0 ranks by text alone. Default 1.0. */
    @WithDefault("1.0")
    @PositiveOrZero
    double freshnessWeight();

    /** Age in days at which the freshness bonus has halved. Default 30. */
    @WithDefault("30")
    @PositiveOrZero
    double freshnessHalfLifeDays();

    /**
     * How many of the newest matches relevance ranks; older matches are found with {@code sort=newest} or date
     * filters. Larger is more thorough and slower for common words. Default 300.
     */
    @WithDefault("300")
    @Min(1)
    int rankCandidates();

    /**
     * Matches counted for {@code meta.total} and faceted: when more match, the total says "at least this many"
     * ({@code meta.totalIsLowerBound}) and facets describe the newest this many. Counting every match of a common word
     * meant reading tens of thousands of rows per request. Default 1000.
     */
    @WithDefault("1000")
    @Min(1)
    int countLimit();

    /**
     * Search responses kept for repeated requests (the same query, filters, sort and page); 0 turns the cache off.
     * Every content change on this instance empties it, and a kept response is served only after the database confirms
     * no other instance committed a change since it was computed. Default 1000.
     */
    @WithDefault("1000")
    @Min(0)
    int cacheSize();

    /** How long a kept response may be served at most, even when nothing changed. Default 60s. */
    @WithDefault("60s")
    @DurationMin(seconds = 0, message = "must not be negative")
    java.time.Duration cacheTtl();

    /**
     * Searches computed at once; the others wait their turn, first come first served. On a machine of few cores,
     * searches waiting in line answer with less spread than searches sharing the cores. 0 means twice the available
     * processors. Default 0.
     */
    @WithDefault("0")
    @Min(0)
    int maxConcurrent();

    /** Longest a search waits for its turn before the answer is a 503 with {@code Retry-After}. Default 10s. */
    @WithDefault("10s")
    @DurationMin(seconds = 0, message = "must not be negative")
    java.time.Duration queueTimeout();

    /** Longest query accepted, in characters. Default 500. */
    @WithDefault("500")
    @Min(1)
    int maxQueryLength();

    /** Articles re-indexed per transaction by the admin re-index. Default 200. */
    @WithDefault("200")
    @Min(1)
    int reindexBatchSize();
}
