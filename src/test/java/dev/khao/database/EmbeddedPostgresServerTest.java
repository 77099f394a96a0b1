package dev.khao.database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The zero-config database: durable across restarts, and startable again whatever way an earlier run ended. */
class EmbeddedPostgresServerTest {

    private static final Duration PROCESS_EXIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private final List<EmbeddedPostgresServer> servers = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() throws IOException {
        // Idempotent: a server the test already stopped is not stopped twice.
        servers.forEach(EmbeddedPostgresServer::stop);
        processes.forEach(Process::destroyForcibly);
        // A server orphaned by a failed test must not outlive it.
        try (var directories = Files.list(temp)) {
            for (Path directory : directories.filter(Files::isDirectory).toList()) {
                EmbeddedPostgresServer.recoverFromStaleServer(directory);
            }
        }
    }

    @Test
    void dataSurvivesStopAndStart() throws Exception {
        Path directory = temp.resolve("postgres");
        EmbeddedPostgresServer first = start(directory);
        execute(first, "CREATE TABLE notes (body text NOT NULL)", "INSERT INTO notes VALUES ('ข่าวเช้า')");
        first.stop();
        assertFalse(Files.exists(directory.resolve("postmaster.pid")), "a clean stop removes the pid file");

        EmbeddedPostgresServer second = start(directory);
        assertEquals("ข่าวเช้า", queryString(second, "SELECT body FROM notes"));
    }

    @Test
    void durableByDefault() throws Exception {
        EmbeddedPostgresServer server = start(temp.resolve("postgres"));
        // The embedding library turns both off unless told otherwise; acknowledged writes must reach the disk.
        assertEquals("on", queryString(server, "SHOW fsync"));
        assertEquals("on", queryString(server, "SHOW synchronous_commit"));
    }

    @Test
    void databaseIsUtf8WithUnicodeCharacterClasses() throws Exception {
        EmbeddedPostgresServer server = start(temp.resolve("postgres"));
        assertEquals("UTF8", queryString(server, "SHOW server_encoding"));
        // PostgreSQL 16 removed the lc_ctype setting (SHOW lc_ctype); the database's locale is in pg_database.
        assertEquals("C.UTF-8", queryString(server, "SELECT datctype FROM pg_database WHERE datname = current_database()"));
        assertEquals("C.UTF-8", queryString(server, "SELECT datcollate FROM pg_database WHERE datname = current_database()"));
        // What C.UTF-8 is for: Thai letters are letters (under plain C they are not, and trigram/word indexes drop them).
        assertEquals("true", queryString(server, "SELECT ('ไทย' ~ '^[[:alpha:]]+$')::text"));
    }

    @Test
    void recoversFromKilledPostmaster() throws Exception {
        Path directory = temp.resolve("postgres");
        EmbeddedPostgresServer crashed = start(directory);
        execute(crashed, "CREATE TABLE notes (body text NOT NULL)", "INSERT INTO notes VALUES ('ก่อนล่ม')");

        long postmasterPid = postmasterPid(directory);
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid).orElseThrow();
        postmaster.destroyForcibly();
        awaitStopped(postmaster);
        assertTrue(Files.exists(directory.resolve("postmaster.pid")), "a killed postmaster leaves its pid file behind");
        // In a real crash the JVM that ran the server is gone too; here it lives on and holds the library's lock on
        // the directory: stop() releases it (and fails to stop the dead server, which it logs).
        crashed.stop();

        EmbeddedPostgresServer recovered = start(directory);
        assertEquals("ก่อนล่ม", queryString(recovered, "SELECT body FROM notes"));
    }

    @Test
    void shutsDownServerLeftRunningByKilledJvm() throws Exception {
        Path directory = temp.resolve("postgres");
        Path log = temp.resolve("child.log");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", System.getProperty("java.class.path"),
                CrashingServerMain.class.getName(), directory.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(child);
        awaitLine(log, CrashingServerMain.READY, child);

        child.destroyForcibly(); // SIGKILL: no shutdown hook runs, so the server outlives its JVM
        assertTrue(child.waitFor(PROCESS_EXIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
        ProcessHandle orphan = ProcessHandle.of(postmasterPid(directory)).orElseThrow();
        assertTrue(EmbeddedPostgresServer.isRunning(orphan), "the postmaster outlives the killed JVM");

        EmbeddedPostgresServer recovered = start(directory);
        assertFalse(EmbeddedPostgresServer.isRunning(orphan), "the orphaned postmaster was shut down");
        assertEquals("committed before the JVM was killed", queryString(recovered, "SELECT note FROM crash_check"));
    }

    @Test
    void removesPidFileOfDeadProcess() throws Exception {
        Path directory = temp.resolve("postgres");
        EmbeddedPostgresServer first = start(directory);
        execute(first, "CREATE TABLE notes (body text NOT NULL)", "INSERT INTO notes VALUES ('ยังอยู่')");
        first.stop();

        Process finished = new ProcessBuilder("true").start();
        assertEquals(0, finished.waitFor());
        writePidFile(directory, finished.pid());

        EmbeddedPostgresServer second = start(directory);
        assertEquals("ยังอยู่", queryString(second, "SELECT body FROM notes"));
    }

    @Test
    void removesPidFileOfUnrelatedLiveProcessWithoutSignallingIt() throws Exception {
        Path directory = temp.resolve("postgres");
        start(directory).stop();

        // A recycled pid: the process now holding it is not PostgreSQL, which would refuse to start over it.
        Process unrelated = new ProcessBuilder("sleep", "300").start();
        processes.add(unrelated);
        writePidFile(directory, unrelated.pid());

        EmbeddedPostgresServer server = start(directory);
        assertEquals("1", queryString(server, "SELECT 1::text"));
        assertTrue(unrelated.isAlive(), "an unrelated process is never signalled");
    }

    @Test
    void neverStopsAnotherDirectorysServer() throws Exception {
        Path mine = temp.resolve("mine");
        Path other = temp.resolve("other");
        start(mine).stop();
        EmbeddedPostgresServer otherServer = start(other);
        // A pid file naming a live postmaster that serves another directory (a copied directory, say).
        Files.copy(other.resolve("postmaster.pid"), mine.resolve("postmaster.pid"));

        EmbeddedPostgresServer server = start(mine);
        assertEquals("1", queryString(server, "SELECT 1::text"));
        assertEquals("1", queryString(otherServer, "SELECT 1::text"), "the other server still runs");
    }

    private EmbeddedPostgresServer start(Path directory) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory);
        servers.add(server);
        return server;
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String queryString(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), "no row from " + sql);
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "postgres");
    }

    private static long postmasterPid(Path directory) throws IOException {
        return Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid"), StandardCharsets.ISO_8859_1).get(0).trim());
    }

    /** A pid file as a crashed server leaves it, naming the given process. */
    private static void writePidFile(Path directory, long pid) throws IOException {
        Files.writeString(directory.resolve("postmaster.pid"),
                pid + "\n" + directory + "\n" + Instant.now().getEpochSecond() + "\n5432\n/tmp\nlocalhost\n        0         0\nready   \n",
                StandardCharsets.ISO_8859_1);
    }

    private static void awaitStopped(ProcessHandle process) throws InterruptedException {
        Instant deadline = Instant.now().plus(PROCESS_EXIT);
        while (EmbeddedPostgresServer.isRunning(process)) {
            if (Instant.now().isAfter(deadline)) {
                fail("process " + process.pid() + " still runs");
            }
            Thread.sleep(50);
        }
    }

    private static void awaitLine(Path log, String line, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            String output = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
            if (output.lines().anyMatch(line::equals)) {
                return;
            }
            if (!process.isAlive()) {
                fail("the server JVM exited with " + process.exitValue() + ":\n" + output);
            }
            Thread.sleep(100);
        }
        fail("the server JVM did not get ready:\n" + Files.readString(log, StandardCharsets.ISO_8859_1));
    }
}
