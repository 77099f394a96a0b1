package dev.khao.search.index;

import dev.khao.search.text.Terms;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the search document of one article is made of, read straight from the tables. */
public record IndexedArticle(UUID id, OffsetDateTime sortAt, String title, String subtitle, String summary, String bodyText,
                             UUID sectionId, String sectionName, List<Named> tags, List<Terms.EntityNames> entities) {

    /** A tag as the article carries it. */
    public record Named(UUID id, String name) {
    }
}
