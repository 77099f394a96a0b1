package dev.khao.importing;

import dev.khao.support.ConfigMappings;
import io.smallrye.config.ConfigValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import settings are checked as the application starts, with the Bean Validation its configuration uses. */
class ImportConfigTest {

    @Test
    void acceptsTheDefaultsAndTheLowestValueOfEachRange() {
        ImportConfig defaults = ConfigMappings.load(ImportConfig.class, Map.of());
        assertEquals(500, defaults.batchSize());
        assertEquals(8L * 1024 * 1024, defaults.maxLineSize().asLongValue());
        ImportConfig lowest = ConfigMappings.load(ImportConfig.class,
                Map.of("khao.import.batch-size", "1", "khao.import.parallelism", "1", "khao.import.max-errors", "0"));
        assertEquals(1, lowest.parallelism());
        assertEquals(0, lowest.maxErrors());
    }

    @ParameterizedTest
    @CsvSource({
            "batch-size, 0, must be greater than or equal to 1",
            "parallelism, 0, must be greater than or equal to 1",
            "max-errors, -1, must be greater than or equal to 0"})
    void refusesToStartWithAValueOutOfRange(String setting, String value, String reason) {
        ConfigValidationException refused = assertThrows(ConfigValidationException.class,
                () -> ConfigMappings.load(ImportConfig.class, Map.of("khao.import." + setting, value)));
        assertTrue(refused.getMessage().contains("khao.import." + setting + " " + reason), refused.getMessage());
    }
}
