package dev.khao.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khao.article.ArticleService;
import dev.khao.common.Catalogs;
import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.http.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox: a content change inserts one delivery row per matching subscription in the change's own
 * transaction, so a committed change always has its deliveries (even if the app dies right after) and a rolled-back
 * one never has any. {@link WebhookDispatcher} sends them later.
 */
@ApplicationScoped
class WebhookOutbox {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final ArticleService articles;
    private final Catalogs catalogs;
    private final EntityTags tags;
    private final ObjectMapper json;
    private final WebhookConfig config;
    private final EntityManager em;
    private final Clock clock;

    WebhookOutbox(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries, ArticleService articles,
                  Catalogs catalogs, EntityTags tags, ObjectMapper json, WebhookConfig config, EntityManager em, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.articles = articles;
        this.catalogs = catalogs;
        this.tags = tags;
        this.json = json;
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    void contentChanged(@Observes(during = TransactionPhase.IN_PROGRESS) ContentChanged change) {
        List<WebhookSubscription> enabled = subscriptions.enabled();
        if (enabled.isEmpty()) {
            return;
        }
        em.flush();
        Event event = change.type() == ContentType.ARTICLE ? articleEvent(change) : catalogEvent(change);
        if (event == null) {
            return;
        }
        List<WebhookSubscription> matching = enabled.stream().filter(s -> WebhookEvents.matches(s.events, event.name())).toList();
        if (matching.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID eventId = UUID.randomUUID();
        String body = serialise(new WebhookPayload(eventId, event.name(), now,
                new WebhookPayload.Resource(WebhookEvents.typeName(change.type()), change.id()),
                event.data(), event.data() == null ? null : tags.of(event.data())));
        for (WebhookSubscription subscription : matching) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.subscriptionId = subscription.id;
            delivery.eventId = eventId;
            delivery.event = event.name();
            delivery.resourceType = WebhookEvents.typeName(change.type());
            delivery.resourceId = change.id();
            delivery.payload = body;
            delivery.status = WebhookDelivery.Status.PENDING;
            delivery.createdAt = now;
            delivery.nextAttemptAt = now;
            delivery.retryUntil = now.plus(config.retryFor());
            deliveries.persist(delivery);
        }
    }

    private record Event(String name, Object data) {
    }

    /**
     * Partners hear about public articles only: a write to an article the public view does not show (a draft, a
     * scheduled one) is no event, and one that shows it is "published" when it appears and "updated" after.
     */
    private Event articleEvent(ContentChanged change) {
        return switch (change.change()) {
            case UNPUBLISHED -> new Event("article.unpublished", null);
            case DELETED, PURGED -> new Event("article.deleted", null);
            case CREATED, UPDATED, RESTORED, PUBLISHED -> {
                Object data = articles.publicView(List.of(change.id())).get(change.id());
                if (data == null) {
                    yield null;
                }
                yield new Event(change.change() == Change.UPDATED ? "article.updated" : "article.published", data);
            }
        };
    }

    private Event catalogEvent(ContentChanged change) {
        return switch (change.change()) {
            case CREATED, RESTORED -> new Event(WebhookEvents.event(change.type(), "created"), catalogs.of(change.type()).get(change.id()));
            case UPDATED -> new Event(WebhookEvents.event(change.type(), "updated"), catalogs.of(change.type()).get(change.id()));
            case DELETED, PURGED -> new Event(WebhookEvents.event(change.type(), "deleted"), null);
            // Catalog rows are never published or unpublished.
            case PUBLISHED, UNPUBLISHED -> null;
        };
    }

    private String serialise(WebhookPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a webhook payload", e);
        }
    }
}
