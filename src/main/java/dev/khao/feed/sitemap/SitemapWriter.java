package dev.khao.feed.sitemap;

import dev.khao.feed.XmlDocument;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** The sitemaps.org 0.9 formats (urlset and sitemapindex) and Google's news extension. */
final class SitemapWriter {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private SitemapWriter() {
    }

    /** A sitemap index; {@code locOf} gives the absolute URL of each file. */
    static byte[] index(List<SitemapFile> files, Function<SitemapFile, String> locOf) {
        XmlDocument xml = new XmlDocument().start("sitemapindex").defaultNamespace(SITEMAP);
        for (SitemapFile file : files) {
            xml.start("sitemap").element("loc", locOf.apply(file)).element("lastmod", date(file.lastmod())).end();
        }
        return xml.finish();
    }

    static byte[] urlset(List<SitemapEntry> entries) {
        XmlDocument xml = new XmlDocument().start("urlset").defaultNamespace(SITEMAP);
        for (SitemapEntry entry : entries) {
            xml.start("url").element("loc", entry.loc()).element("lastmod", date(entry.lastmod())).end();
        }
        return xml.finish();
    }

    /** A Google News sitemap: every entry names the publication, its language, and the article's date and title. */
    static byte[] news(List<SitemapEntry> entries, String publication) {
        XmlDocument xml = new XmlDocument().start("urlset").defaultNamespace(SITEMAP).namespace("news", NEWS);
        for (SitemapEntry entry : entries) {
            xml.start("url").element("loc", entry.loc()).element("lastmod", date(entry.lastmod()))
                    .start("news", NEWS, "news")
                    .start("news", NEWS, "publication")
                    .element("news", NEWS, "name", publication)
                    .element("news", NEWS, "language", entry.language())
                    .end()
                    .element("news", NEWS, "publication_date", date(entry.published()))
                    .element("news", NEWS, "title", entry.title())
                    .end()
                    .end();
        }
        return xml.finish();
    }

    private static String date(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}
