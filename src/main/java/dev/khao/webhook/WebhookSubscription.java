package dev.khao.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A URL subscribed to content events, with the secret its deliveries are signed with. */
@Entity
@Table(name = "webhook_subscriptions")
public class WebhookSubscription {

    @Id
    public UUID id;

    public String url;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> events = new ArrayList<>();

    public String secret;

    public boolean enabled;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "failing_since")
    public OffsetDateTime failingSince;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
