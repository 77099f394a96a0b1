package dev.khao.tag;

import dev.khao.common.CatalogEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A topic label such as ดิจิทัล or เศรษฐกิจ; an article carries any number of them, in order. */
@Entity
@Table(name = "tags")
public class Tag extends CatalogEntity {

    public String name;

    public String description;
}
