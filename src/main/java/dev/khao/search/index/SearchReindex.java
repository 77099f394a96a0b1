package dev.khao.search.index;

import dev.khao.search.SearchConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds every search document in the background, in batches by article id, one transaction per batch with
 * its progress, so a restart resumes after the last batch committed. Articles written meanwhile are indexed by
 * their own writes; the per-document locks of {@link SearchIndexer#index} keep either from overwriting the other
 * with older content.
 */
@ApplicationScoped
public class SearchReindex {

    private static final Logger LOG = Logger.getLogger(SearchReindex.class);

    private final SearchIndexRepository index;
    private final ReindexRepository progress;
    private final SearchIndexer indexer;
    private final TermDictionary dictionary;
    private final SearchConfig config;
    private final Clock clock;
    /** One worker: runs queued behind a running one find it completed and stop at once. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "search-reindex");
        thread.setDaemon(true);
        return thread;
    });

    public SearchReindex(SearchIndexRepository index, ReindexRepository progress, SearchIndexer indexer,
                         TermDictionary dictionary, SearchConfig config, Clock clock) {
        this.index = index;
        this.progress = progress;
        this.indexer = indexer;
        this.dictionary = dictionary;
        this.config = config;
        this.clock = clock;
    }

    /** Starts a full re-index, unless one is running already; either way answers the progress. */
    public ReindexProgress start() {
        ReindexProgress started = QuarkusTransaction.requiringNew().call(() -> {
            ReindexRepository.State state = progress.read(true);
            if (!state.progress().state().equals("running")) {
                progress.restart(index.countArticles(), OffsetDateTime.now(clock));
            }
            return progress.read(false).progress();
        });
        // Names may have changed outside this process (imports, SQL); documents must use the current ones.
        dictionary.reload();
        worker.submit(this::run);
        return started;
    }

    public ReindexProgress progress() {
        return QuarkusTransaction.requiringNew().call(() -> progress.read(false).progress());
    }

    /** Resumes a re-index a restart interrupted, or runs the one the migration queued for existing articles. */
    void resume(@Observes StartupEvent start) {
        String state = progress().state();
        if (state.equals("queued")) {
            start();
        } else if (state.equals("running")) {
            LOG.info("Resuming the search re-index");
            worker.submit(this::run);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted() && QuarkusTransaction.requiringNew().call(this::batch)) {
                // next batch
            }
        } catch (RuntimeException e) {
            if (worker.isShutdown()) {
                // Stopping: the row still says running, and the next start resumes after the last committed batch.
                return;
            }
            LOG.error("Search re-index failed", e);
            QuarkusTransaction.requiringNew().run(() -> progress.fail(String.valueOf(e.getMessage()), OffsetDateTime.now(clock)));
        }
    }

    /** Re-indexes the next batch; false when there is nothing left to do. */
    private boolean batch() {
        ReindexRepository.State state = progress.read(true);
        if (!state.progress().state().equals("running")) {
            return false;
        }
        List<UUID> ids = index.articleIdsAfter(state.lastArticleId(), config.reindexBatchSize());
        if (ids.isEmpty()) {
            progress.complete(OffsetDateTime.now(clock));
            LOG.infof("Search re-index completed: %d articles", state.progress().done());
            return false;
        }
        indexer.index(ids, dictionary.current());
        progress.advance(ids.size(), ids.get(ids.size() - 1));
        return true;
    }
}
