package dev.khao.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** The time source of every rule that depends on "now", so tests can move time instead of sleeping. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        // PostgreSQL keeps microseconds: a finer clock would answer a write with a time that a read then rounds.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
