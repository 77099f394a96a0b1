package dev.khao.feed;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** RSS 2.0 with the content, Dublin Core, Atom (self link) and Media RSS extensions aggregators expect. */
@ApplicationScoped
public class RssWriter {

    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String MEDIA = "http://search.yahoo.com/mrss/";

    public byte[] write(Feed feed, String selfUrl) {
        XmlDocument xml = new XmlDocument().start("rss").attribute("version", "2.0")
                .namespace("content", CONTENT).namespace("dc", DC).namespace("atom", ATOM).namespace("media", MEDIA)
                .start("channel")
                .element("title", feed.title())
                .element("link", feed.homeUrl())
                .element("description", feed.description())
                .element("language", feed.language())
                .element("lastBuildDate", date(feed.updated()))
                .element("generator", "Khao")
                .start("atom", ATOM, "link").attribute("href", selfUrl).attribute("rel", "self").attribute("type", "application/rss+xml").end();
        for (Feed.Item item : feed.items()) {
            xml.start("item")
                    .element("title", item.title())
                    .element("link", item.url())
                    .start("guid").attribute("isPermaLink", "false").text(item.guid()).end()
                    .element("pubDate", date(item.published()))
                    .element("description", item.summary())
                    .element("content", CONTENT, "encoded", item.contentHtml());
            item.authors().forEach(name -> xml.element("dc", DC, "creator", name));
            item.categories().forEach(c -> xml.start("category").attribute("domain", c.scheme()).text(c.label()).end());
            if (item.image() != null) {
                Feed.Image image = item.image();
                // RSS requires a length; the image's size is not known, and 0 is what readers accept for "unknown".
                xml.start("enclosure").attribute("url", image.url()).attribute("length", "0").attribute("type", image.type()).end();
                xml.start("media", MEDIA, "content").attribute("url", image.url()).attribute("medium", "image").attribute("type", image.type())
                        .element("media", MEDIA, "description", image.alt())
                        .element("media", MEDIA, "credit", image.credit())
                        .end();
            }
            xml.end();
        }
        return xml.finish();
    }

    private static String date(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.RFC_1123_DATE_TIME.format(time);
    }
}
