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
 * Every committed content change empties it (an observer of {@link ContentChanged} after commit), and each response
 * is stored with the content generation it was computed from: a search that raced a commit is never stored.
 * Entries also expire after {@code khao.search.cache-ttl} and when the next scheduled article goes live.
 */
@ApplicationScoped
public class SearchResultCache {

    private record Entry(long generation, Instant computedAt, Instant validUntil, SearchResponse response) {
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

    /** The stored response to this request, when it is still current at {@code now}. */
    public Optional<SearchResponse> get(String request, Instant now) {
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
        hits.increment();
        return Optional.of(entry.response());
    }

    /** Stores a response computed from content generation {@code seen}, unless content changed since. */
    public void put(String request, long seen, Instant computedAt, Instant validUntil, SearchResponse response) {
        if (!enabled()) {
            return;
        }
        synchronized (entries) {
            if (seen == generation.get()) {
                entries.put(request, new Entry(seen, computedAt, validUntil, response));
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
