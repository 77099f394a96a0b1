package dev.khao.article;

import dev.khao.entity.NamedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A named entity as an article involves it: its subject, mentioned, or quoted. */
@Embeddable
public class EntityLink {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entity_id", nullable = false)
    public NamedEntity entity;

    @Column(nullable = false)
    public EntityRole role;

    public EntityLink() {
    }

    public EntityLink(NamedEntity entity, EntityRole role) {
        this.entity = entity;
        this.role = role;
    }
}
