package dev.khao.article;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The little of an article that a link to it needs (sitemaps): no body and no lists, so that pages of thousands
 * stay small in memory. {@code sortAt} is the keyset position.
 */
public record ArticleLink(UUID id, String slug, ArticleLanguage language, UUID sectionId, String title,
                          OffsetDateTime publishedAt, OffsetDateTime updatedAt, OffsetDateTime sortAt) {
}
