package dev.khao.article;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Which articles a list shows. {@code statuses} empty means the public view: published articles whose
 * publication time has passed.
 */
public record ArticleFilter(UUID sectionId, UUID tagId, UUID authorId, UUID entityId, ArticleLanguage language,
                            Set<ArticleStatus> statuses, OffsetDateTime publishedFrom, OffsetDateTime publishedTo) {

    /** The public view: what anyone may read now. */
    public static ArticleFilter published() {
        return new ArticleFilter(null, null, null, null, null, Set.of(), null, null);
    }

    public ArticleFilter withEntity(UUID entity) {
        return new ArticleFilter(sectionId, tagId, authorId, entity, language, statuses, publishedFrom, publishedTo);
    }
}
