package dev.khao.author;

import dev.khao.common.CatalogEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person credited on articles, such as สมชาย ใจดี; an article names its authors in byline order. */
@Entity
@Table(name = "authors")
public class Author extends CatalogEntity {

    public String name;

    public String bio;

    public String email;

    @Column(name = "avatar_url")
    public String avatarUrl;
}
