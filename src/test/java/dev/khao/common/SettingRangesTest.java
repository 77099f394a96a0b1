package dev.khao.common;

import dev.khao.article.PublishingConfig;
import dev.khao.caching.CachingConfig;
import dev.khao.feed.FeedConfig;
import dev.khao.feed.sitemap.SitemapConfig;
import dev.khao.idempotency.IdempotencyConfig;
import dev.khao.ratelimit.RateLimitConfig;
import dev.khao.support.ConfigMappings;
import dev.khao.sync.SyncConfig;
import dev.khao.trash.TrashConfig;
import dev.khao.webhook.WebhookConfig;
import io.smallrye.config.ConfigValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings out of their range stop the application as it starts, naming the setting, instead of failing every list
 * request (a default page larger than the largest), purging the trash at once (a retention of zero) or sending a
 * webhook twice (a lease shorter than a delivery). The search and import settings have their own tests.
 */
class SettingRangesTest {

    private static final Map<String, Class<?>> MAPPINGS = Map.of(
            "khao.paging", KhaoConfig.class,
            "khao.sync", SyncConfig.class,
            "khao.trash", TrashConfig.class,
            "khao.sitemaps", SitemapConfig.class,
            "khao.feeds", FeedConfig.class,
            "khao.idempotency", IdempotencyConfig.class,
            "khao.publishing", PublishingConfig.class,
            "khao.http-cache", CachingConfig.class,
            "khao.rate-limit", RateLimitConfig.class,
            "khao.webhooks", WebhookConfig.class);

    @Test
    void acceptsTheDefaults() {
        MAPPINGS.values().forEach(mapping -> ConfigMappings.load(mapping, Map.of()));
        assertEquals(20, ConfigMappings.load(KhaoConfig.class, Map.of()).paging().defaultLimit());
        assertEquals(Duration.ofDays(45), ConfigMappings.load(SyncConfig.class, Map.of()).retention());
        assertEquals(Duration.ofMinutes(1), ConfigMappings.load(WebhookConfig.class, Map.of()).lease());
    }

    @Test
    void acceptsTheEdgesOfEachRange() {
        KhaoConfig.Paging paging = ConfigMappings.load(KhaoConfig.class,
                Map.of("khao.paging.default-limit", "1", "khao.paging.max-limit", "1")).paging();
        assertEquals(1, paging.maxLimit());
        SitemapConfig sitemaps = ConfigMappings.load(SitemapConfig.class, Map.of("khao.sitemaps.max-urls", "1",
                "khao.sitemaps.max-bytes", "4096", "khao.sitemaps.news-max-urls", "1000"));
        assertEquals(4096, sitemaps.maxBytes());
        RateLimitConfig unlimited = ConfigMappings.load(RateLimitConfig.class, Map.of("khao.rate-limit.anonymous", "0"));
        assertEquals(0, unlimited.anonymous());
        WebhookConfig webhooks = ConfigMappings.load(WebhookConfig.class, Map.of("khao.webhooks.retry-for", "PT0S",
                "khao.webhooks.initial-backoff", "PT1S", "khao.webhooks.max-backoff", "PT1S",
                "khao.webhooks.connect-timeout", "PT1S", "khao.webhooks.request-timeout", "PT1S", "khao.webhooks.lease", "PT2.001S"));
        assertEquals(Duration.ZERO, webhooks.retryFor());
    }

    @ParameterizedTest
    @CsvSource({
            "khao.paging, default-limit, 0, must be greater than or equal to 1",
            "khao.paging, max-limit, 0, must be greater than or equal to 1",
            "khao.sync, page-size, 0, must be greater than or equal to 1",
            "khao.sync, retention, PT59M, must be at least 1 hour",
            "khao.sync, prune-interval, PT0S, must be at least 1 second",
            "khao.trash, retention, PT0S, must be at least 1 hour",
            "khao.trash, retention, -P30D, must be at least 1 hour",
            "khao.trash, purge-interval, PT0S, must be at least 1 second",
            "khao.sitemaps, max-urls, 50001, must be less than or equal to 50000",
            "khao.sitemaps, max-urls, 0, must be greater than or equal to 1",
            "khao.sitemaps, max-bytes, 52428801, must be less than or equal to 52428800",
            "khao.sitemaps, max-bytes, 4095, must be greater than or equal to 4096",
            "khao.sitemaps, news-window, PT59S, must be at least 1 minute",
            "khao.sitemaps, news-max-urls, 1001, must be less than or equal to 1000",
            "khao.feeds, count, 0, must be greater than or equal to 1",
            "khao.feeds, count, 1001, must be less than or equal to 1000",
            "khao.idempotency, retention, PT0S, must be at least 1 second",
            "khao.publishing, interval, PT0.099S, must be at least 100 milliseconds",
            "khao.http-cache, max-age, -1, must be greater than or equal to 0",
            "khao.http-cache, stale-while-revalidate, -1, must be greater than or equal to 0",
            "khao.http-cache, max-surrogate-key-length, -1, must be greater than or equal to 0",
            "khao.rate-limit, anonymous, -1, must be greater than or equal to 0",
            "khao.rate-limit, public, -1, must be greater than or equal to 0",
            "khao.rate-limit, admin, -1, must be greater than or equal to 0",
            "khao.rate-limit, max-buckets, 0, must be greater than or equal to 1",
            "khao.webhooks, retry-for, -PT1S, must not be negative",
            "khao.webhooks, disable-after, PT0S, must be at least 1 second",
            "khao.webhooks, poll-interval, PT0S, must be at least 1 millisecond",
            "khao.webhooks, connect-timeout, PT0S, must be at least 1 millisecond",
            "khao.webhooks, batch-size, 0, must be greater than or equal to 1"})
    void refusesToStartWithAValueOutOfRange(String prefix, String setting, String value, String reason) {
        String message = refused(prefix, Map.of(prefix + "." + setting, value));
        assertTrue(message.contains(prefix + "." + setting + " " + reason), message);
    }

    @Test
    void refusesADefaultPageLargerThanTheLargestPage() {
        String message = refused("khao.paging", Map.of("khao.paging.default-limit", "200"));
        assertTrue(message.contains("default-limit must not be greater than max-limit"), message);
    }

    @Test
    void refusesAFirstRetryDelayLongerThanTheLongest() {
        String message = refused("khao.webhooks", Map.of("khao.webhooks.initial-backoff", "PT2H"));
        assertTrue(message.contains("initial-backoff must not be longer than max-backoff"), message);
    }

    @Test
    void refusesALeaseThatEndsBeforeADeliveryCanTimeOut() {
        String message = refused("khao.webhooks", Map.of("khao.webhooks.lease", "PT15S"));
        assertTrue(message.contains("lease must be longer than connect-timeout plus request-timeout"), message);
    }

    private static String refused(String prefix, Map<String, String> properties) {
        return assertThrows(ConfigValidationException.class, () -> ConfigMappings.load(MAPPINGS.get(prefix), properties)).getMessage();
    }
}
