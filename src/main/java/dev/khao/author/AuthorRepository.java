package dev.khao.author;

import dev.khao.common.CatalogRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over authors. */
@ApplicationScoped
public class AuthorRepository implements CatalogRepository<Author> {

    @Override
    public String table() {
        return "authors";
    }

    @Override
    public String articleLinks() {
        return "SELECT author_id, article_id FROM article_authors";
    }
}
