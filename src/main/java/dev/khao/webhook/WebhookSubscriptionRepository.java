package dev.khao.webhook;

import dev.khao.common.paging.KeysetPages;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Queries over webhook subscriptions. */
@ApplicationScoped
class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    List<WebhookSubscription> enabled() {
        return list("enabled = true");
    }

    Page<WebhookSubscription> page(PageRequest request) {
        return KeysetPages.byCreation(this, request, subscription -> subscription.createdAt, subscription -> subscription.id);
    }

    /**
     * Notes a failed attempt; returns the start of the subscription's current run of failures. A plain update, not
     * an entity write: the dispatcher must not collide with an admin editing the subscription (its version).
     */
    OffsetDateTime failed(UUID id, OffsetDateTime now) {
        return (OffsetDateTime) getEntityManager().createNativeQuery(
                        "UPDATE webhook_subscriptions SET failing_since = coalesce(failing_since, ?2) WHERE id = ?1 RETURNING failing_since",
                        OffsetDateTime.class)
                .setParameter(1, id).setParameter(2, now).getSingleResult();
    }

    void succeeded(UUID id) {
        getEntityManager().createNativeQuery("UPDATE webhook_subscriptions SET failing_since = NULL WHERE id = ?1 AND failing_since IS NOT NULL")
                .setParameter(1, id).executeUpdate();
    }

    void disable(UUID id, String reason, OffsetDateTime now) {
        getEntityManager().createNativeQuery(
                        "UPDATE webhook_subscriptions SET enabled = false, disabled_reason = ?2, updated_at = ?3 WHERE id = ?1 AND enabled")
                .setParameter(1, id).setParameter(2, reason).setParameter(3, now).executeUpdate();
    }
}
