package dev.khao.search.query;

import dev.khao.common.ContentChanged;
import dev.khao.search.SearchConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recent search responses by request, so a popular query is answered without searching again until content changes.
 * Every committed content change on this instance empties it (an observer of {@link ContentChanged} after commit), and
 * each response is stored with the content generation it was computed from: a search that raced a commit is never
 * stored. Each response also keeps the database snapshot taken before it was computed, so the caller can ask the
 * database whether another instance committed a change since ({@link SearchRepository#changedSince}). Entries also
 * expire after {@code khao.search.cache-ttl} and when the next scheduled article goes live.
 */
@ApplicationScoped
public class SearchResultCache {

    private record Entry(long generation, String snapshot, Instant computedAt, Instant validUntil, SearchResponse response) {
    }

    /** A kept response and the database snapshot taken before it was computed. */
    public record Kept(SearchResponse response, String snapshot) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final int capacity;
    private final Map<String, Entry> entries;
    private final Counter hits;
    private final Counter misses;

    public SearchResultCache(SearchConfig config, MeterRegistry registry) {
        this.capacity = config.cacheSize();
        this.hits = Counter.builder("khao.search.cache.requests").tag("result", "hit")
                .description("Searches answered from the result cache").register(registry);
        this.misses = Counter.builder("khao.search.cache.requests").tag("result", "miss")
                .description("Searches computed because no current result was kept").register(registry);
        // Access order: the least recently used response is dropped first.
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Whether responses are kept at all ({@code khao.search.cache-size} above 0). */
    public boolean enabled() {
        return capacity > 0;
    }

    /** The content generation a search is about to read; pass it back to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    /**
     * The stored response to this request, when no change was committed on this instance since and it has not expired
     * at {@code now}; the caller still checks its snapshot against other instances' changes.
     */
    public Optional<Kept> get(String request, Instant now) {
        if (!enabled()) {
            return Optional.empty();
        }
        Entry entry;
        synchronized (entries) {
            entry = entries.get(request);
        }
        // A clock set back (tests travel in time) must not see results computed at a later time.
        if (entry == null || entry.generation() != generation.get() || now.isBefore(entry.computedAt()) || !now.isBefore(entry.validUntil())) {
            misses.increment();
            return Optional.empty();
        }
        return Optional.of(new Kept(entry.response(), entry.snapshot()));
    }

    /** Counts a request answered from the cache. */
    public void hit() {
        hits.increment();
    }

    /** Counts a kept response found stale after all (another instance changed content), and drops it. */
    public void stale(String request) {
        misses.increment();
        synchronized (entries) {
            entries.remove(request);
        }
    }

    /**
     * Stores a response computed from content generation {@code seen} after database snapshot {@code snapshot}, unless
     * content changed on this instance since.
     */
    public void put(String request, long seen, String snapshot, Instant computedAt, Instant validUntil, SearchResponse response) {
        if (!enabled()) {
            return;
        }
        synchronized (entries) {
            if (seen == generation.get()) {
                entries.put(request, new Entry(seen, snapshot, computedAt, validUntil, response));
            }
        }
    }

    void contentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        synchronized (entries) {
            generation.incrementAndGet();
            entries.clear();
        }
    }
}
