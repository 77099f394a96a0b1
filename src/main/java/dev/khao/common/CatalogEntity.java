package dev.khao.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the catalog articles link to (sections, tags, authors, named entities) shares: a UUID, a unique slug, a dictionary-order sort key, who wrote it and whether it is in the trash. */
@MappedSuperclass
public abstract class CatalogEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String slug;

    @Column(name = "name_sort_key", nullable = false)
    public String nameSortKey;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** When it was moved to the trash; null while it is live. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "deleted_by")
    public String deletedBy;

    @Version
    public int version;
}
