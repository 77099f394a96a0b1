package dev.khao.search;

import dev.khao.support.ConfigMappings;
import io.smallrye.config.ConfigValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search settings are checked as the application starts, with the Bean Validation its configuration uses. */
class SearchConfigTest {

    private static SearchConfig load(Map<String, String> properties) {
        return ConfigMappings.load(SearchConfig.class, properties);
    }

    @Test
    void acceptsTheDefaultsAndTheLowestValueOfEachRange() {
        SearchConfig defaults = load(Map.of());
        assertEquals(0, defaults.maxConcurrent());
        assertEquals(1000, defaults.countLimit());
        SearchConfig lowest = load(Map.of("khao.search.max-concurrent", "0", "khao.search.count-limit", "1",
                "khao.search.rank-candidates", "1", "khao.search.cache-size", "0", "khao.search.freshness-weight", "0",
                "khao.search.freshness-half-life-days", "0", "khao.search.max-query-length", "1", "khao.search.reindex-batch-size", "1",
                "khao.search.cache-ttl", "0s", "khao.search.queue-timeout", "0s"));
        assertEquals(1, lowest.countLimit());
        assertEquals(0, lowest.cacheSize());
        assertEquals(Duration.ZERO, lowest.queueTimeout());
    }

    @ParameterizedTest
    @CsvSource({
            "max-concurrent, -1, must be greater than or equal to 0",
            "count-limit, 0, must be greater than or equal to 1",
            "rank-candidates, 0, must be greater than or equal to 1",
            "cache-size, -1, must be greater than or equal to 0",
            "freshness-weight, -0.5, must be greater than or equal to 0",
            "freshness-half-life-days, -1, must be greater than or equal to 0",
            "max-query-length, 0, must be greater than or equal to 1",
            "reindex-batch-size, 0, must be greater than or equal to 1",
            "cache-ttl, -1s, must not be negative",
            "queue-timeout, -1s, must not be negative"})
    void refusesToStartWithAValueOutOfRange(String setting, String value, String reason) {
        ConfigValidationException refused = assertThrows(ConfigValidationException.class,
                () -> load(Map.of("khao.search." + setting, value)));
        assertTrue(refused.getMessage().contains("khao.search." + setting + " " + reason), refused.getMessage());
    }
}
