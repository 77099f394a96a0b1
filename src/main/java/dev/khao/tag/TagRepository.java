package dev.khao.tag;

import dev.khao.common.CatalogRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over tags. */
@ApplicationScoped
public class TagRepository implements CatalogRepository<Tag> {

    @Override
    public String table() {
        return "tags";
    }

    @Override
    public String articleLinks() {
        return "SELECT tag_id, article_id FROM article_tags";
    }
}
