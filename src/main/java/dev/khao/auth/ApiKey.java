package dev.khao.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An API key: only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "api_keys")
public class ApiKey extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public Role role;

    @Column(name = "key_hash")
    public byte[] keyHash;

    /** The first characters of the key, so people can tell keys apart without the secret. */
    @Column(name = "key_prefix")
    public String keyPrefix;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** Requests per minute this key may make; null takes its role's default. */
    @Column(name = "rate_limit_per_minute")
    public Integer rateLimitPerMinute;

    public boolean isUsableAt(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
