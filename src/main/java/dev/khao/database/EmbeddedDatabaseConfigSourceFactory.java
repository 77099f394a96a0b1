package dev.khao.database;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Supplies the datasource of the zero-config run: when no {@code quarkus.datasource.jdbc.url} is configured,
 * starts the embedded PostgreSQL and points the datasource at it.
 *
 * <p>A config source (rather than a startup bean) is used because the datasource and Flyway read their URL
 * before any application bean runs.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseConfigSourceFactory.class);
    static final String DATABASE = "postgres";
    private static volatile EmbeddedPostgresServer server;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // The build (augmentation) evaluates config too; a server started then would be baked into the app.
        if (ExecutionMode.current() == ExecutionMode.UNSET || isSet(context.getValue("quarkus.datasource.jdbc.url"))) {
            return List.of();
        }
        ConfigValue enabled = context.getValue("khao.database.embedded");
        if (isSet(enabled) && !Boolean.parseBoolean(enabled.getValue())) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue("khao.database.data-dir");
        Path directory = Path.of(isSet(dataDir) ? dataDir.getValue() : "data").resolve("postgres").toAbsolutePath();
        EmbeddedPostgresServer running = startOnce(directory);
        LOG.infof("No datasource URL configured: using the embedded PostgreSQL on port %d with data in %s", running.port(), directory);
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", running.jdbcUrl(DATABASE),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), "khao-embedded-postgres", 50));
    }

    /** Whether this JVM runs the zero-config database (rather than one configured by URL). */
    public static boolean isRunning() {
        return server != null;
    }

    private static synchronized EmbeddedPostgresServer startOnce(Path directory) {
        // Config is built more than once per JVM (and again on dev-mode reloads): one server serves them all.
        if (server == null) {
            server = EmbeddedPostgresServer.start(directory);
        }
        return server;
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
