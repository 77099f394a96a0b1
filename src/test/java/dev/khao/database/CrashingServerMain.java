package dev.khao.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A JVM for {@link EmbeddedPostgresServerTest} to kill: starts the embedded PostgreSQL on the directory given as
 * argument, commits a row, prints {@value #READY} and waits to be killed.
 */
public final class CrashingServerMain {

    static final String READY = "SERVER READY";

    private CrashingServerMain() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE crash_check (note text NOT NULL)");
            statement.execute("INSERT INTO crash_check VALUES ('committed before the JVM was killed')");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
