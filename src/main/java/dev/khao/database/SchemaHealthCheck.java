package dev.khao.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

import java.util.Arrays;

/** Ready only when the database schema is at the version this build expects: no migration pending or failed. */
@Readiness
@ApplicationScoped
public class SchemaHealthCheck implements HealthCheck {

    static final String NAME = "Database schema";

    private final Flyway flyway;

    public SchemaHealthCheck(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try {
            MigrationInfoService migrations = flyway.info();
            MigrationInfo current = migrations.current();
            int pending = migrations.pending().length;
            boolean failed = Arrays.stream(migrations.all()).anyMatch(migration -> migration.getState().isFailed());
            return response
                    .withData("version", current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion())
                    .withData("pending", pending)
                    .status(pending == 0 && !failed)
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
