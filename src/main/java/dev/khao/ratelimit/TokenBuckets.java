package dev.khao.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * In-process token buckets, one per key or client address. A bucket holds a minute's budget and refills
 * continuously, so a client may burst its whole budget and then goes on at the sustained rate. A full bucket is
 * the same as no bucket, which is what lets idle buckets be dropped to bound memory.
 */
@ApplicationScoped
public class TokenBuckets {

    private static final double MICROS_PER_MINUTE = 60_000_000d;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final BucketClock clock;
    private final int maxBuckets;

    public TokenBuckets(BucketClock clock, RateLimitConfig config) {
        this.clock = clock;
        this.maxBuckets = config.maxBuckets();
    }

    /** The outcome of one request against its bucket, with what the RateLimit-* headers report. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    /** Takes one token from the bucket named {@code name}, which holds {@code perMinute} tokens when full. */
    public Decision take(String name, int perMinute) {
        long now = micros(clock.now());
        // A changed limit (a key's rateLimitPerMinute edited) starts a fresh bucket with the new size.
        Bucket bucket = buckets.compute(name, (ignored, old) -> old == null || old.capacity != perMinute ? new Bucket(perMinute, now) : old);
        Decision decision = bucket.take(now);
        if (buckets.size() > maxBuckets) {
            // A request holding a bucket dropped here spends a token nobody counts: at worst one extra request.
            buckets.values().removeIf(b -> b.isFullAt(now));
        }
        return decision;
    }

    int size() {
        return buckets.size();
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    private static final class Bucket {
        final int capacity;
        private final double perMicro;
        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.perMicro = capacity / MICROS_PER_MINUTE;
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            long reset = seconds((capacity - tokens) / perMicro);
            long retryAfter = allowed ? 0 : Math.max(1, seconds((1 - tokens) / perMicro));
            return new Decision(allowed, capacity, (int) Math.floor(tokens), reset, retryAfter);
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) * perMicro);
                updated = now;
            }
        }

        private static long seconds(double micros) {
            return (long) Math.ceil(micros / 1_000_000d);
        }
    }
}
