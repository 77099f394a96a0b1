package dev.khao.search.query;

import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import dev.khao.search.SearchConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets a bounded number of searches run at once ({@code khao.search.max-concurrent}); the others wait their turn,
 * first come first served, for at most {@code khao.search.queue-timeout}, then get a 503.
 * <p>
 * A search is all CPU, in the application and in PostgreSQL. With more searches running than the machine has cores,
 * they share the cores, so each takes as much longer as there are searches running: a search that costs twice the
 * average also waits twice as long, and the slowest searches set the 95th percentile. Waiting in line instead, a
 * search's time is the queue (the sum of several searches' costs, which varies little) plus its own cost, shared with
 * a few others at most. Twice the cores keeps every core busy while a search waits for a statement's round trip.
 */
@ApplicationScoped
public class SearchSlots {

    private final Semaphore slots;
    private final Duration queueTimeout;
    private final Timer queued;

    @Inject
    public SearchSlots(SearchConfig config, MeterRegistry registry) {
        this(config.maxConcurrent() > 0 ? config.maxConcurrent() : 2 * Runtime.getRuntime().availableProcessors(), config.queueTimeout(), registry);
    }

    SearchSlots(int size, Duration queueTimeout, MeterRegistry registry) {
        this.slots = new Semaphore(size, true);
        this.queueTimeout = queueTimeout;
        this.queued = Timer.builder("khao.search.queue").description("Time searches waited for one of the khao.search.max-concurrent slots")
                .register(registry);
        Gauge.builder("khao.search.queue.waiting", slots, Semaphore::getQueueLength)
                .description("Searches waiting for a slot now").register(registry);
    }

    /** Runs {@code search} once a slot is free; a 503 problem when none frees up within the queue timeout. */
    public <T> T run(Supplier<T> search) {
        long start = System.nanoTime();
        boolean taken;
        try {
            taken = slots.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            // The server is stopping; the search was not refused for being busy, so it says so.
            Thread.currentThread().interrupt();
            queued.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            throw new ProblemException(ProblemType.OVERLOADED, "The server is shutting down; retry in a moment")
                    .withHeader("Retry-After", "1");
        }
        queued.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        if (!taken) {
            long retryAfter = Math.max(1, queueTimeout.toSeconds());
            throw new ProblemException(ProblemType.OVERLOADED, "Every search slot stayed busy for " + queueTimeout.toMillis()
                    + " ms; retry after " + retryAfter + " s").withHeader("Retry-After", Long.toString(retryAfter));
        }
        try {
            return search.get();
        } finally {
            slots.release();
        }
    }
}
