package dev.khao.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes change-log rows past the retention, a day after tokens that could still need them have expired (the
 * day covers transactions that were running when such a token was issued).
 */
@ApplicationScoped
class SyncLogPruner {

    private static final Logger LOG = Logger.getLogger(SyncLogPruner.class);

    private final SyncRepository log;
    private final SyncConfig config;
    private final Clock clock;
    private ScheduledExecutorService executor;

    SyncLogPruner(SyncRepository log, SyncConfig config, Clock clock) {
        this.log = log;
        this.config = config;
        this.clock = clock;
    }

    void start(@Observes StartupEvent started) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "khao-sync-pruner");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.pruneInterval().toMillis();
        executor.scheduleWithFixedDelay(this::prune, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void prune() {
        try {
            OffsetDateTime before = OffsetDateTime.now(clock).minus(config.retention()).minus(SyncService.PRUNE_SLACK);
            int deleted = QuarkusTransaction.requiringNew().call(() -> log.prune(before));
            if (deleted > 0) {
                LOG.infof("Pruned %d sync log rows recorded before %s", deleted, before);
            }
        } catch (RuntimeException e) {
            LOG.warn("Pruning the sync log failed; trying again next time", e);
        }
    }
}
