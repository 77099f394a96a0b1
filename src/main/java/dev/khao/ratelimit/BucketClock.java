package dev.khao.ratelimit;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * The time buckets refill by: the app's clock, behind a bean of its own so that tests can move rate-limit time
 * forward a minute without moving the time every other feature (and the database) sees.
 */
@Singleton
public class BucketClock {

    private final Clock clock;

    public BucketClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }
}
