package dev.khao.search.index;

import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.search.text.Terms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The names segmentation merges and queries expand, kept in memory as an immutable {@link Terms} snapshot.
 * Loaded at startup; every committed change to an entity, tag or section makes the snapshot stale, and the
 * next use reloads it from committed data, so a new name counts from the next request on without a restart.
 */
@ApplicationScoped
public class TermDictionary {

    private static final Logger LOG = Logger.getLogger(TermDictionary.class);

    private final SearchIndexRepository repository;
    /** Bumped by every committed catalog change; a snapshot of an older generation is stale. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;
    private final ReentrantLock loading = new ReentrantLock();

    private record Snapshot(Terms terms, long generation) {
    }

    public TermDictionary(SearchIndexRepository repository) {
        this.repository = repository;
    }

    /** The snapshot of committed names, reloaded first if a catalog change was committed since it was taken. */
    public Terms current() {
        Snapshot known = snapshot;
        if (known != null && known.generation() == generation.get()) {
            return known.terms();
        }
        // Loading takes a second connection while the caller's transaction holds one. Callers that queued behind the
        // loader held theirs too, so with as many writers as the pool has connections the loader never got one (a
        // stall of the pool's acquisition timeout, then 500s). While one request loads, the others use the snapshot
        // they have: they raced the catalog change anyway, and a request arriving after the load sees the new names.
        if (known != null && !loading.tryLock()) {
            return known.terms();
        }
        if (known == null) {
            loading.lock();
        }
        try {
            long wanted = generation.get();
            if (snapshot != null && snapshot.generation() == wanted) {
                return snapshot.terms();
            }
            // Its own transaction: only committed names belong in a snapshot every request shares.
            Terms terms = QuarkusTransaction.requiringNew().call(this::loadWithinTransaction);
            snapshot = new Snapshot(terms, wanted);
            LOG.debugf("Term dictionary loaded: %d terms", terms.size());
            return terms;
        } finally {
            loading.unlock();
        }
    }

    /** Drops the snapshot and loads a fresh one. */
    public Terms reload() {
        generation.incrementAndGet();
        return current();
    }

    /**
     * The names as the current transaction sees them, its own uncommitted changes included: what re-indexing
     * inside a rename must use, and never shared.
     */
    public Terms loadWithinTransaction() {
        return Terms.of(repository.catalogNames(), repository.entityNames());
    }

    void load(@Observes StartupEvent start) {
        current();
    }

    void catalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        if (change.type() == ContentType.ENTITY || change.type() == ContentType.TAG || change.type() == ContentType.SECTION) {
            generation.incrementAndGet();
        }
    }
}
