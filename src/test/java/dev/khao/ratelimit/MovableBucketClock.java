package dev.khao.ratelimit;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Rate-limit time in tests: real time, which a test may stop (so that buckets do not refill while it counts
 * requests on a slow machine) and move forward (to see them refill without sleeping).
 */
@Alternative
@Priority(1)
@Singleton
public class MovableBucketClock extends BucketClock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozen;

    public MovableBucketClock(Clock clock) {
        super(clock);
    }

    public synchronized void freeze() {
        frozen = now();
    }

    /** Back to real time, never behind the time already shown. */
    public synchronized void thaw() {
        Instant stoppedAt = frozen;
        frozen = null;
        if (stoppedAt != null && stoppedAt.isAfter(now())) {
            offset = offset.plus(Duration.between(now(), stoppedAt));
        }
    }

    public synchronized void advance(Duration duration) {
        if (frozen != null) {
            frozen = frozen.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    @Override
    public Instant now() {
        Instant stopped = frozen;
        return stopped != null ? stopped : super.now().plus(offset);
    }
}
