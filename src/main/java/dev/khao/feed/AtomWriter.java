package dev.khao.feed;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Atom 1.0 (RFC 4287). */
@ApplicationScoped
public class AtomWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    public byte[] write(Feed feed, String selfUrl) {
        XmlDocument xml = new XmlDocument().start("feed").defaultNamespace(ATOM).attribute("xml", XML, "lang", feed.language())
                .element("id", feed.id())
                .element("title", feed.title())
                .element("subtitle", feed.description())
                // Required even of a feed with nothing in it yet.
                .element("updated", date(feed.updated() != null ? feed.updated() : Instant.EPOCH.atOffset(ZoneOffset.UTC)))
                .start("link").attribute("rel", "alternate").attribute("type", "text/html").attribute("href", feed.homeUrl()).end()
                .start("link").attribute("rel", "self").attribute("type", "application/atom+xml").attribute("href", selfUrl).end()
                // Atom requires an author of every entry; the publication is the author of those without a byline.
                .start("author").element("name", feed.title()).end()
                .element("generator", "Khao");
        for (Feed.Item item : feed.items()) {
            xml.start("entry")
                    .element("id", item.guid())
                    .element("title", item.title())
                    .start("link").attribute("rel", "alternate").attribute("type", "text/html").attribute("href", item.url()).end()
                    .element("published", date(item.published()))
                    .element("updated", date(item.updated()));
            item.authors().forEach(name -> xml.start("author").element("name", name).end());
            item.categories().forEach(c -> xml.start("category").attribute("term", c.term()).attribute("label", c.label()).end());
            if (item.image() != null) {
                xml.start("link").attribute("rel", "enclosure").attribute("type", item.image().type()).attribute("href", item.image().url()).end();
            }
            xml.start("summary").attribute("type", "text").text(item.summary()).end();
            if (item.contentHtml() != null) {
                xml.start("content").attribute("type", "html").text(item.contentHtml()).end();
            }
            xml.end();
        }
        return xml.finish();
    }

    private static String date(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}
