package dev.khao.feed.sitemap;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilePagerTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2024-11-25T10:00:00+07:00");

    @Test
    void startsANewFileAfterMaxUrls() {
        FilePager pager = new FilePager(3, Long.MAX_VALUE);
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            pages.add(pager.place(entry("https://example.com/" + i)));
        }
        assertEquals(List.of(1, 1, 1, 2, 2, 2, 3), pages);
    }

    @Test
    void writtenFilesStayWithinMaxBytes() {
        SitemapEntry big = entry("https://example.com/" + "%E0%B8%82".repeat(200) + "?a=1&b=2");
        long maxBytes = FilePager.ENVELOPE_BYTES + 3 * big.bytes() + 10;
        FilePager pager = new FilePager(50_000, maxBytes);
        List<SitemapEntry> first = new ArrayList<>();
        int page = 1;
        for (int i = 0; i < 7 && page == 1; i++) {
            page = pager.place(big);
            if (page == 1) {
                first.add(big);
            }
        }
        assertEquals(3, first.size());
        byte[] written = SitemapWriter.urlset(first);
        assertTrue(written.length <= maxBytes, written.length + " > " + maxBytes);
    }

    private static SitemapEntry entry(String loc) {
        return new SitemapEntry(loc, T, "ข่าว", "th", T);
    }
}
