package dev.khao.article;

import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Marks scheduled articles published once their time has come, and fires {@link Change#PUBLISHED} for each exactly
 * once, however many instances of Khao run: each instance takes the due rows with {@code FOR UPDATE SKIP LOCKED},
 * so a row is published by whichever locks it first and is no longer scheduled for the others.
 */
@ApplicationScoped
public class ScheduledPublisher {

    /** The writer recorded as updatedBy of an article the scheduler published. */
    public static final String NAME = "scheduler";
    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);
    private static final int BATCH = 100;

    private final ArticleRepository articles;
    private final Event<ContentChanged> changes;
    private final Clock clock;
    private final PublishingConfig config;
    private ScheduledExecutorService timer;

    public ScheduledPublisher(ArticleRepository articles, Event<ContentChanged> changes, Clock clock, PublishingConfig config) {
        this.articles = articles;
        this.changes = changes;
        this.clock = clock;
        this.config = config;
    }

    void start(@Observes StartupEvent start) {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "khao-publisher");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.interval().toMillis();
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void tick() {
        try {
            publishDue(OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            // The next tick tries again; a failed batch was rolled back whole.
            LOG.warn("Publishing scheduled articles failed", e);
        }
    }

    /** Publishes every scheduled article due at {@code now}, a batch per transaction; the ids published. */
    public List<UUID> publishDue(OffsetDateTime now) {
        List<UUID> published = new ArrayList<>();
        List<UUID> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> publishBatch(now));
            published.addAll(batch);
        } while (batch.size() == BATCH);
        return published;
    }

    private List<UUID> publishBatch(OffsetDateTime now) {
        List<UUID> due = articles.lockDueScheduled(now, BATCH);
        for (UUID id : due) {
            Article article = articles.findById(id);
            article.status = ArticleStatus.PUBLISHED;
            article.updatedAt = now;
            article.updatedBy = NAME;
        }
        articles.flush();
        due.forEach(id -> changes.fire(new ContentChanged(ContentType.ARTICLE, id, Change.PUBLISHED)));
        return due;
    }
}
