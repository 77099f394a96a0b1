package dev.khao.feed.sitemap;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/** One article as a sitemap lists it: its page on the website and when it last changed (news sitemaps add the rest). */
record SitemapEntry(String loc, OffsetDateTime lastmod, String title, String language, OffsetDateTime published) {

    /** The markup of an entry and its timestamp ({@code 2024-11-25T10:00:00+07:00}), with room to spare. */
    static final int MARKUP_BYTES = "<url><loc></loc><lastmod></lastmod></url>".length() + 25 + 16;

    /**
     * When what a sitemap says of this article last changed: its last edit, or its publication when that came
     * later (a scheduled article appears then).
     */
    OffsetDateTime changed() {
        return published.isAfter(lastmod) ? published : lastmod;
    }

    /** Upper bound of the bytes this entry takes in a urlset: a file split by it never exceeds its limit. */
    long bytes() {
        // The writer escapes & as &amp;: 4 bytes more each. Nothing else a URL holds needs escaping in text.
        long ampersands = loc.chars().filter(c -> c == '&').count();
        return MARKUP_BYTES + loc.getBytes(StandardCharsets.UTF_8).length + 4 * ampersands;
    }
}
