package dev.khao.support;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.time.Duration;
import java.util.Map;

/**
 * Loads a {@code @ConfigMapping} from given properties and checks its constraints with Bean Validation, as the
 * application does when it starts (a violation is a {@link io.smallrye.config.ConfigValidationException}).
 */
public final class ConfigMappings {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private ConfigMappings() {
    }

    public static <T> T load(Class<T> mapping, Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(mapping)
                // Quarkus reads "10s" and "8M"; plain SmallRye Config only reads ISO-8601 durations and no sizes.
                .withConverter(Duration.class, 200, new DurationConverter())
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .build()
                .getConfigMapping(mapping);
    }
}
