package dev.khao.support;

import dev.khao.database.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tests' database: the same embedded PostgreSQL the app uses, in a fresh directory on a free port, without
 * flushing to disk (its files are deleted when the tests end).
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgresServer server;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("khao-test-pg");
            server = EmbeddedPostgresServer.startThrowaway(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestKeys.installDefaultKey();
        return Map.ofEntries(
                Map.entry("khao.admin-key", TestKeys.ADMIN),
                Map.entry("quarkus.datasource.jdbc.url", server.jdbcUrl("postgres")),
                Map.entry("quarkus.datasource.username", "postgres"),
                Map.entry("quarkus.datasource.password", "postgres"),
                // Small sync pages, so tests page through the listing and the log.
                Map.entry("khao.sync.page-size", "7"),
                // Webhook tests deliver to a receiver on localhost, and retry within a test's patience.
                Map.entry("khao.webhooks.allow-private-targets", "true"),
                Map.entry("khao.webhooks.initial-backoff", "PT0.05S"),
                Map.entry("khao.webhooks.max-backoff", "PT0.2S"),
                Map.entry("khao.webhooks.poll-interval", "PT0.05S"),
                // A short lease, so a test sees a dead instance's claim sent again; it must outlast a delivery's timeouts.
                Map.entry("khao.webhooks.connect-timeout", "PT0.5S"),
                Map.entry("khao.webhooks.request-timeout", "PT1S"),
                Map.entry("khao.webhooks.lease", "PT2S"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        if (directory != null) {
            deleteRecursively(directory);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory is harmless.
        }
    }
}
