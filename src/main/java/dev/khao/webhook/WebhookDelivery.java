package dev.khao.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.khao.common.LowerCaseEnums;
import jakarta.persistence.Column;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event for one subscription: an outbox row until sent, then its delivery log entry. */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery {

    /** Where a delivery is: waiting (first attempt or a retry), delivered, or given up after khao.webhooks.retry-for. */
    public enum Status {
        PENDING, DELIVERED, FAILED;

        @JsonValue
        @Override
        public String toString() {
            return LowerCaseEnums.name(this);
        }

        /** Stored as the lower-case name. */
        @Converter(autoApply = true)
        public static class Column extends LowerCaseEnums.Column<Status> {
            public Column() {
                super(Status.class);
            }
        }
    }

    @Id
    public UUID id;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "event_id")
    public UUID eventId;

    public String event;

    @Column(name = "resource_type")
    public String resourceType;

    @Column(name = "resource_id")
    public UUID resourceId;

    public String payload;

    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "retry_until")
    public OffsetDateTime retryUntil;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "response_code")
    public Integer responseCode;

    @Column(name = "latency_ms")
    public Integer latencyMs;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
}
