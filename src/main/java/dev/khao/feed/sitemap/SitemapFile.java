package dev.khao.feed.sitemap;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/** One article sitemap file as the index lists it: a month, its page (1 for the first), and when its content last changed. */
record SitemapFile(YearMonth month, int page, OffsetDateTime lastmod) {

    /** {@code articles-2024-11.xml}, then {@code articles-2024-11-2.xml} and on for months that take several files. */
    String name() {
        return "articles-" + month + (page == 1 ? "" : "-" + page) + ".xml";
    }
}
