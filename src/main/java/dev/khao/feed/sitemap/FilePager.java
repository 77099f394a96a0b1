package dev.khao.feed.sitemap;

/**
 * Splits a month's entries, taken in a fixed order, into sitemap files of at most {@code maxUrls} entries and
 * {@code maxBytes} bytes. The index and each file run the same pager over the same order, so they agree on which
 * entry lands in which file without storing anything.
 */
final class FilePager {

    /** The XML declaration, the urlset tags and their namespace declarations, generously. */
    static final long ENVELOPE_BYTES = 512;

    private final int maxUrls;
    private final long maxBytes;
    private int page = 1;
    private int count;
    private long bytes = ENVELOPE_BYTES;

    FilePager(int maxUrls, long maxBytes) {
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
    }

    /** The 1-based file the next entry goes into. */
    int place(SitemapEntry entry) {
        long size = entry.bytes();
        if (count > 0 && (count == maxUrls || bytes + size > maxBytes)) {
            page++;
            count = 0;
            bytes = ENVELOPE_BYTES;
        }
        count++;
        bytes += size;
        return page;
    }
}
