package dev.khao.trash;

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

/** Purges expired trash in the background, every {@code khao.trash.purge-interval}. */
@ApplicationScoped
public class TrashPurge {

    private static final Logger LOG = Logger.getLogger(TrashPurge.class);

    private final TrashService trash;
    private final TrashConfig config;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public TrashPurge(TrashService trash, TrashConfig config, Clock clock) {
        this.trash = trash;
        this.config = config;
        this.clock = clock;
    }

    void start(@Observes StartupEvent start) {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "khao-trash-purge");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.purgeInterval().toMillis();
        timer.scheduleWithFixedDelay(this::purge, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void purge() {
        try {
            int purged = trash.purgeExpired(OffsetDateTime.now(clock));
            if (purged > 0) {
                LOG.infof("Purged %d items that were in the trash longer than %s", purged, config.retention());
            }
        } catch (RuntimeException e) {
            LOG.warn("Purging the trash failed; the next run tries again", e);
        }
    }
}
