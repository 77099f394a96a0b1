package dev.khao.webhook;

import dev.khao.common.paging.Cursor;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The outbox: claiming due deliveries, and the delivery log. */
@ApplicationScoped
class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    private static final String LOG_SORT = "log";

    /** A delivery claimed for sending, with what sending needs. */
    record Claimed(UUID id, UUID subscriptionId, UUID eventId, String event, String payload, String url, String secret) {
    }

    /**
     * Reserves up to {@code limit} due deliveries of enabled subscriptions for {@code lease}: they are not due again
     * until then, so if this instance dies mid-send another one sends them after the lease. SKIP LOCKED lets several
     * instances claim at once without waiting for or taking each other's rows.
     */
    @SuppressWarnings("unchecked")
    List<Claimed> claim(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "UPDATE webhook_deliveries d SET next_attempt_at = ?2, attempts = d.attempts + 1, last_attempt_at = ?1"
                                + " FROM webhook_subscriptions s"
                                + " WHERE s.id = d.subscription_id AND d.id IN ("
                                + "   SELECT due.id FROM webhook_deliveries due JOIN webhook_subscriptions sub ON sub.id = due.subscription_id"
                                + "   WHERE due.status = 'pending' AND due.next_attempt_at <= ?1 AND sub.enabled"
                                + "   ORDER BY due.next_attempt_at LIMIT ?3 FOR UPDATE OF due SKIP LOCKED)"
                                + " RETURNING d.id, d.subscription_id, d.event_id, d.event, d.payload, s.url, s.secret")
                .setParameter(1, now).setParameter(2, leaseUntil).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new Claimed((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6]))
                .toList();
    }

    /** A subscription's deliveries, newest first. */
    Page<WebhookDelivery> page(UUID subscriptionId, PageRequest request) {
        Cursor after = Cursor.decode(request.cursor(), LOG_SORT);
        List<WebhookDelivery> rows = after == null
                ? find("subscriptionId = ?1 order by createdAt desc, id desc", subscriptionId).range(0, request.limit()).list()
                : find("subscriptionId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) order by createdAt desc, id desc",
                        subscriptionId, after.timeKey(), after.id()).range(0, request.limit()).list();
        return Page.fromOverfetch(rows, count("subscriptionId", subscriptionId), request.limit(),
                d -> new Cursor(LOG_SORT, d.createdAt.toString(), d.id));
    }
}
