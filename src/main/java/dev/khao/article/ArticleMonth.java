package dev.khao.article;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * The public articles of one month of publication, summed up for a sitemap index: how many, the UTF-8 bytes of their
 * slugs and of their sections' slugs (what their links' length depends on), and the latest edit or publication.
 */
public record ArticleMonth(YearMonth month, long articles, long slugBytes, long sectionSlugBytes, OffsetDateTime lastChanged) {
}
