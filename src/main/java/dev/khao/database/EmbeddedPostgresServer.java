package dev.khao.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Starts a real PostgreSQL from bundled binaries, keeping its data in a directory that survives restarts.
 *
 * <p>Crash recovery, done before every start (see {@link #recoverFromStaleServer(Path)}):
 * <ul>
 *   <li>a postmaster left running on the directory by a killed JVM is shut down (SIGTERM, then SIGKILL);</li>
 *   <li>a {@code postmaster.pid} naming a dead process, a zombie or a process that is not this directory's
 *       postmaster (a recycled pid) is removed; such a process is never signalled;</li>
 *   <li>server processes orphaned by a killed postmaster are given time to exit: while any of them is still
 *       attached to the old shared memory, PostgreSQL refuses to start on the directory.</li>
 * </ul>
 * PostgreSQL then replays its write-ahead log, so every committed transaction is there after a crash.
 */
public final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STALE_SERVER_SHUTDOWN = Duration.ofSeconds(30);
    private static final Duration STALE_SERVER_KILL = Duration.ofSeconds(10);
    private static final Duration ORPHANS_EXIT = Duration.ofSeconds(30);
    /** Line 7 of postmaster.pid: the key and id of the System V shared memory segment that interlocks the directory. */
    private static final int PID_FILE_SHMEM_LINE = 6;
    private static final Path SYSV_SHM = Path.of("/proc/sysvipc/shm");

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on a free port, durably: every commit is flushed to disk before it is acknowledged
     * (the embedding library's defaults, {@code fsync=off} and {@code synchronous_commit=off}, are overridden:
     * they can lose acknowledged writes, and with fsync off an OS crash can corrupt the directory).
     * A crash of an earlier run never makes this fail; see the class comment.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, true);
    }

    /**
     * Starts PostgreSQL on a free port without flushing to disk: fast, for a database whose files are thrown
     * away (tests). An OS crash can corrupt it.
     */
    public static EmbeddedPostgresServer startThrowaway(Path dataDirectory) {
        return start(dataDirectory, false);
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            recoverFromStaleServer(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // pg_trgm and text search classify characters by the database ctype: with plain C, Thai letters
                    // are not alphanumeric and would be dropped from trigram and word indexes.
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "100")
                    // Passed after the library's own "-F" (fsync off) on the command line, so these win.
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    // PostgreSQL's defaults suit a tiny machine. Search documents and their GIN index are over a
                    // gigabyte for the 87k-article corpus: with 128 MB of buffers, writes evicted index pages all the
                    // time, and frequent checkpoints rewrote whole pages into the WAL.
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    // Its data is on a local disk and mostly in memory: prefetching the heap pages of a bitmap scan
                    // looked up every page in the buffer table ahead of reading it, 3% of PostgreSQL's time in searches.
                    .setServerConfig("effective_io_concurrency", "0")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public int port() {
        return postgres.getPort();
    }

    /** Stops PostgreSQL (a fast shutdown: open sessions are ended, the data is checkpointed) and releases the directory. */
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** Makes the directory startable after a crash of an earlier run; see the class comment. */
    static void recoverFromStaleServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        // The file names a path on line 2; ISO-8859-1 reads any bytes.
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.ISO_8859_1);
        Optional<Long> pid = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0));
        Optional<ProcessHandle> owner = pid.flatMap(ProcessHandle::of);
        boolean ownerRunning = owner.isPresent() && isRunning(owner.get());
        if (ownerRunning && isPostmasterOf(owner.get(), dataDirectory)) {
            shutDown(owner.get(), dataDirectory);
            ownerRunning = false;
        }
        if (!ownerRunning && pid.isPresent()) {
            awaitOrphansExit(lines, pid.get(), dataDirectory);
        }
        // The owner is gone or never was this directory's postmaster (a recycled pid, another server's): the lock is
        // ours to take. PostgreSQL itself would refuse a pid file naming any live process.
        Files.deleteIfExists(pidFile);
    }

    private static void shutDown(ProcessHandle postmaster, Path dataDirectory) {
        LOG.warnf("Found a PostgreSQL (pid %d) left running on %s by an earlier run; shutting it down", postmaster.pid(), dataDirectory);
        // SIGTERM is PostgreSQL's "smart" shutdown: its clients died with the old JVM, so it exits promptly and cleanly.
        postmaster.destroy();
        if (awaitExit(postmaster, STALE_SERVER_SHUTDOWN)) {
            return;
        }
        LOG.warnf("PostgreSQL (pid %d) did not shut down within %s; killing it", postmaster.pid(), STALE_SERVER_SHUTDOWN);
        postmaster.destroyForcibly();
        if (!awaitExit(postmaster, STALE_SERVER_KILL)) {
            throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") still runs on " + dataDirectory
                    + " and could not be stopped; stop it, then start again");
        }
    }

    /**
     * Waits until no process is attached to the shared memory segment that the dead postmaster created. When a
     * postmaster is killed, its backends and auxiliary processes notice and exit on their own within moments;
     * until then PostgreSQL refuses to start ("pre-existing shared memory block is still in use").
     */
    private static void awaitOrphansExit(List<String> pidFileLines, long postmasterPid, Path dataDirectory) {
        OptionalLong segment = pidFileLines.size() > PID_FILE_SHMEM_LINE ? parseShmemId(pidFileLines.get(PID_FILE_SHMEM_LINE)) : OptionalLong.empty();
        if (segment.isEmpty() || !Files.isReadable(SYSV_SHM)) {
            return;
        }
        Instant deadline = Instant.now().plus(ORPHANS_EXIT);
        int attached = attachedProcesses(segment.getAsLong(), postmasterPid);
        if (attached > 0) {
            LOG.infof("Waiting for %d process(es) of the earlier PostgreSQL on %s to exit", attached, dataDirectory);
        }
        while (attached > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(attached + " process(es) of an earlier PostgreSQL on " + dataDirectory
                        + " are still attached to its shared memory (segment " + segment.getAsLong()
                        + "); end the leftover 'postgres' processes, then start again");
            }
            sleep();
            attached = attachedProcesses(segment.getAsLong(), postmasterPid);
        }
    }

    /**
     * Processes attached to a System V shared memory segment created by the given process, from
     * {@code /proc/sysvipc/shm}; 0 when there is no such segment (removed, or the id reused by someone else).
     */
    static int attachedProcesses(long shmid, long creatorPid) {
        try {
            for (String line : Files.readAllLines(SYSV_SHM, StandardCharsets.ISO_8859_1)) {
                // key shmid perms size cpid lpid nattch uid gid ...
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 6 && fields[1].equals(Long.toString(shmid)) && fields[4].equals(Long.toString(creatorPid))) {
                    return Integer.parseInt(fields[6]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.debugf(e, "Could not read %s", SYSV_SHM);
        }
        return 0;
    }

    /** Alive and not a zombie: a killed process whose parent has not reaped it yet still has a pid. */
    static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"), StandardCharsets.ISO_8859_1);
            // "pid (command) state ...": the command may contain spaces and parentheses, the state follows the last ')'.
            String afterCommand = stat.substring(stat.lastIndexOf(')') + 1).trim();
            return !(afterCommand.startsWith("Z") || afterCommand.startsWith("X"));
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
        }
    }

    /**
     * Whether a process is a postmaster serving this directory. A process that cannot be inspected (another
     * user's, which could not be signalled anyway) or serves another directory is not ours to stop.
     */
    static boolean isPostmasterOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(command -> Path.of(command).getFileName().toString().equals("postgres")).orElse(false);
        if (!postgres) {
            return false;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i < arguments.length - 1; i++) {
            if (arguments[i].equals("-D")) {
                return sameDirectory(Path.of(arguments[i + 1]), dataDirectory);
            }
        }
        // Started without -D (it then reads PGDATA): its command is all there is to go by.
        return true;
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (isRunning(process)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            sleep();
        }
        return true;
    }

    private static Optional<Long> parsePid(String line) {
        try {
            // A single-user backend writes its pid negated.
            long pid = Math.abs(Long.parseLong(line.trim()));
            return pid > 0 ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static OptionalLong parseShmemId(String line) {
        String[] fields = line.trim().split("\\s+");
        try {
            return fields.length == 2 ? OptionalLong.of(Long.parseLong(fields[1])) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recovering the embedded PostgreSQL", e);
        }
    }
}
