package dev.khao.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/** Webhook delivery settings ({@code khao.webhooks.*}, env {@code KHAO_WEBHOOKS_*}). */
@io.quarkus.runtime.annotations.StaticInitSafe
@ConfigMapping(prefix = "khao.webhooks")
public interface WebhookConfig {

    /**
     * Accept subscription URLs, and deliver to addresses, that are private, loopback, link-local, multicast or
     * unspecified (SSRF guard). Only for development and tests. Default false.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** How long a delivery is retried before it is given up as failed. Default 24 hours. */
    @WithDefault("PT24H")
    @DurationMin(seconds = 0, message = "must not be negative")
    Duration retryFor();

    /** A subscription whose deliveries have failed without a single success for this long is disabled. Default 24 hours. */
    @WithDefault("PT24H")
    @DurationMin(seconds = 1, message = "must be at least 1 second")
    Duration disableAfter();

    /** Cap of the first retry's random delay; each further retry doubles the cap (full jitter). Default 10 seconds. */
    @WithDefault("PT10S")
    @DurationMin(millis = 1, message = "must be at least 1 millisecond")
    Duration initialBackoff();

    /** Largest cap of a retry's random delay. Default 1 hour. */
    @WithDefault("PT1H")
    @DurationMin(millis = 1, message = "must be at least 1 millisecond")
    Duration maxBackoff();

    /** Time to connect to a receiver. Default 5 seconds. */
    @WithDefault("PT5S")
    @DurationMin(millis = 1, message = "must be at least 1 millisecond")
    Duration connectTimeout();

    /** Time for a receiver to answer. Default 10 seconds. */
    @WithDefault("PT10S")
    @DurationMin(millis = 1, message = "must be at least 1 millisecond")
    Duration requestTimeout();

    /** How often the dispatcher looks for due deliveries when idle. Default 1 second. */
    @WithDefault("PT1S")
    @DurationMin(millis = 1, message = "must be at least 1 millisecond")
    Duration pollInterval();

    /** Deliveries claimed (and sent concurrently) at a time. Default 20. */
    @WithDefault("20")
    @Min(1)
    int batchSize();

    /**
     * How long a claimed delivery is reserved for the instance sending it: if that instance dies before recording
     * the outcome, another sends it after this. Must exceed connect plus request timeout. Default 1 minute.
     */
    @WithDefault("PT1M")
    Duration lease();

    /** The first retry's cap must not exceed the largest cap. */
    @AssertTrue(message = "initial-backoff must not be longer than max-backoff")
    default boolean isInitialBackoffWithinMax() {
        return initialBackoff().compareTo(maxBackoff()) <= 0;
    }

    /** Otherwise another instance sends a delivery again while the first still waits for the receiver's answer. */
    @AssertTrue(message = "lease must be longer than connect-timeout plus request-timeout")
    default boolean isLeaseLongerThanADelivery() {
        return lease().compareTo(connectTimeout().plus(requestTimeout())) > 0;
    }

    /** Run the dispatcher in this instance. Default true. */
    @WithDefault("true")
    boolean dispatch();
}
