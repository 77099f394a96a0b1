package dev.khao.webhook;

import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.Problem.FieldError;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Rules for webhook subscriptions: safe targets, known events, secrets shown once, the delivery log and redelivery. */
@ApplicationScoped
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookConfig config;
    private final Clock clock;

    public WebhookService(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries, WebhookConfig config, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public WebhookResponse create(WebhookRequest request) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.secret = request.secret() != null ? request.secret() : "whsec_" + randomSecret();
        write(subscription, request);
        subscription.createdAt = subscription.updatedAt;
        subscriptions.persist(subscription);
        return respond(subscription, true);
    }

    /** Oldest first; subscriptions are few, but the list pages like every other. */
    @Transactional
    public ListResponse<WebhookResponse> list(PageRequest request) {
        return subscriptions.page(request).toResponse(s -> respond(s, false));
    }

    @Transactional
    public WebhookResponse get(UUID id) {
        return respond(find(id), false);
    }

    @Transactional
    public WebhookResponse replace(UUID id, WebhookRequest request) {
        WebhookSubscription subscription = find(id);
        write(subscription, request);
        if (request.secret() != null) {
            subscription.secret = request.secret();
        }
        return respond(subscription, request.secret() != null);
    }

    @Transactional
    public void delete(UUID id) {
        subscriptions.delete(find(id));
    }

    @Transactional
    public ListResponse<DeliveryResponse> deliveries(UUID subscriptionId, PageRequest request) {
        find(subscriptionId);
        return deliveries.page(subscriptionId, request).toResponse(DeliveryResponse::of);
    }

    /** Sends a delivery again soon, with its original payload (new signature time), retried as a new one if it fails. */
    @Transactional
    public DeliveryResponse redeliver(UUID subscriptionId, UUID deliveryId) {
        WebhookSubscription subscription = find(subscriptionId);
        WebhookDelivery delivery = deliveries.findById(deliveryId);
        if (delivery == null || !delivery.subscriptionId.equals(subscriptionId)) {
            throw ProblemException.notFound("delivery of webhook " + subscriptionId, "id " + deliveryId);
        }
        if (!subscription.enabled) {
            throw new ProblemException(ProblemType.CONFLICT, "The subscription is disabled; enable it (PUT with enabled true) to redeliver");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        delivery.status = WebhookDelivery.Status.PENDING;
        delivery.nextAttemptAt = now;
        delivery.retryUntil = now.plus(config.retryFor());
        return DeliveryResponse.of(delivery);
    }

    private void write(WebhookSubscription subscription, WebhookRequest request) {
        String url = request.url().strip();
        WebhookTargets.whyRefused(url, config.allowPrivateTargets()).ifPresent(why -> {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "url: " + why, List.of(new FieldError("url", why)));
        });
        List<FieldError> unknown = new ArrayList<>();
        List<String> events = List.copyOf(new LinkedHashSet<>(request.events().stream().map(String::strip).toList()));
        for (int i = 0; i < events.size(); i++) {
            if (!WebhookEvents.isPattern(events.get(i))) {
                unknown.add(new FieldError("events[" + i + "]", "'" + events.get(i) + "' is not an event; use one of "
                        + String.join(", ", WebhookEvents.ALL) + ", <type>.* or *"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, unknown.get(0).field() + ": " + unknown.get(0).message(), unknown);
        }
        boolean enable = Objects.requireNonNullElse(request.enabled(), true);
        if (enable && !subscription.enabled) {
            // Re-enabling starts a fresh run: the failures that disabled it are history.
            subscription.failingSince = null;
            subscription.disabledReason = null;
        }
        subscription.url = url;
        subscription.description = request.description();
        subscription.events = new ArrayList<>(events);
        subscription.enabled = enable;
        subscription.updatedAt = OffsetDateTime.now(clock);
    }

    private WebhookSubscription find(UUID id) {
        WebhookSubscription subscription = subscriptions.findById(id);
        if (subscription == null) {
            throw ProblemException.notFound("webhook", "id " + id);
        }
        return subscription;
    }

    private static WebhookResponse respond(WebhookSubscription s, boolean withSecret) {
        return new WebhookResponse(s.id, s.url, s.description, List.copyOf(s.events), s.enabled, s.disabledReason, s.failingSince,
                s.createdAt, s.updatedAt, withSecret ? s.secret : null);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
