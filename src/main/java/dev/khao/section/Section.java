package dev.khao.section;

import dev.khao.common.CatalogEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A section of the publication (news desk), such as เทคโนโลยี or การเมือง; an article belongs to at most one. */
@Entity
@Table(name = "sections")
public class Section extends CatalogEntity {

    public String name;

    public String description;
}
