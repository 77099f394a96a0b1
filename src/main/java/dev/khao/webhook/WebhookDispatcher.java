package dev.khao.webhook;

import dev.khao.webhook.WebhookDeliveryRepository.Claimed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends the outbox: a background thread (started with the app, stopped with it) claims due deliveries, POSTs them
 * signed, and records each outcome. Failures are retried with exponential backoff and full jitter (a random delay
 * up to initial-backoff × 2^(attempt-1), capped at max-backoff) until the delivery's retry-for has passed; a
 * subscription failing without a success for disable-after is disabled. Delivery is at least once: receivers
 * drop repeats by the payload's {@code id}.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final WebhookDeliveryRepository deliveries;
    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookConfig config;
    private final Clock clock;
    private final HttpClient http;
    private Thread worker;
    private volatile boolean running;

    WebhookDispatcher(WebhookDeliveryRepository deliveries, WebhookSubscriptionRepository subscriptions, WebhookConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.config = config;
        this.clock = clock;
        // Redirects are not followed: a receiver could otherwise bounce a delivery to an address the guard refuses.
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void onStart(@Observes StartupEvent started) {
        if (config.dispatch()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent stopping) {
        stop();
    }

    /** Starts sending, if not already. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "khao-webhooks");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops sending after the deliveries in flight; what is still pending stays in the outbox. */
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(config.requestTimeout().plus(config.connectTimeout()).toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    private void run() {
        while (running) {
            try {
                if (dispatchDue() == 0) {
                    Thread.sleep(config.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Webhook dispatch failed; trying again", e);
                try {
                    Thread.sleep(config.pollInterval().toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Claims the due deliveries, sends them concurrently and records their outcomes; returns how many. */
    int dispatchDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Claimed> claimed = QuarkusTransaction.requiringNew()
                .call(() -> deliveries.claim(now, now.plus(config.lease()), config.batchSize()));
        CompletableFuture.allOf(claimed.stream().map(this::send).toArray(CompletableFuture[]::new)).join();
        return claimed.size();
    }

    private CompletableFuture<Void> send(Claimed delivery) {
        Optional<String> refused = WebhookTargets.whyRefused(delivery.url(), config.allowPrivateTargets());
        if (refused.isPresent()) {
            record(delivery, null, 0, "Target refused: URL " + refused.get());
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Khao-Webhooks/1")
                .header("Khao-Event", delivery.event())
                .header("Khao-Delivery", delivery.id().toString())
                .header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), clock.instant().getEpochSecond(), delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        long started = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    int latency = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
                    if (error != null) {
                        record(delivery, null, latency, describe(error));
                    } else if (response.statusCode() / 100 == 2) {
                        record(delivery, response.statusCode(), latency, null);
                    } else {
                        record(delivery, response.statusCode(), latency, "Receiver answered HTTP " + response.statusCode());
                    }
                    return null;
                });
    }

    /** Records an attempt's outcome: {@code error} null means delivered. */
    private void record(Claimed claimed, Integer code, int latencyMs, String error) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                OffsetDateTime now = OffsetDateTime.now(clock);
                WebhookDelivery delivery = deliveries.findById(claimed.id());
                if (delivery == null) {
                    return; // its subscription was deleted meanwhile
                }
                delivery.responseCode = code;
                delivery.latencyMs = latencyMs;
                delivery.lastError = error;
                if (error == null) {
                    delivery.status = WebhookDelivery.Status.DELIVERED;
                    delivery.deliveredAt = now;
                    subscriptions.succeeded(claimed.subscriptionId());
                    return;
                }
                if (now.isBefore(delivery.retryUntil)) {
                    delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
                } else {
                    delivery.status = WebhookDelivery.Status.FAILED;
                }
                OffsetDateTime failingSince = subscriptions.failed(claimed.subscriptionId(), now);
                if (!failingSince.plus(config.disableAfter()).isAfter(now)) {
                    subscriptions.disable(claimed.subscriptionId(), "Every delivery attempt since " + failingSince + " failed; last: " + error, now);
                    LOG.warnf("Disabled webhook subscription %s: failing since %s", claimed.subscriptionId(), failingSince);
                }
            });
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is sent again: at least once.
            LOG.warnf(e, "Could not record the outcome of webhook delivery %s", claimed.id());
        }
    }

    /** Full jitter: uniformly random up to the exponential cap, so receivers coming back are not hit in waves. */
    private Duration backoff(int attempts) {
        long base = config.initialBackoff().toMillis();
        long cap = Math.min(config.maxBackoff().toMillis(), base << Math.min(Math.max(attempts - 1, 0), 30));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap + 1));
    }

    /** What went wrong in a receiver administrator's words; Java's class names mean nothing to them. */
    private static String describe(Throwable error) {
        Throwable cause = error.getCause() != null && error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
        String kind = cause instanceof HttpTimeoutException ? "Timed out"
                : cause instanceof java.net.ConnectException ? "Connection refused"
                : cause instanceof java.net.UnknownHostException ? "Unknown host"
                : cause instanceof javax.net.ssl.SSLException ? "TLS handshake failed"
                : cause instanceof IOException ? "Connection failed"
                : "Delivery failed";
        String detail = cause.getMessage() == null || cause.getMessage().isBlank() ? "" : ": " + cause.getMessage();
        String text = kind + detail;
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
