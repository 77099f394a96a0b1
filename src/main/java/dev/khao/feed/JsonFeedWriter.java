package dev.khao.feed;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): snake_case names, as the spec has them. */
@ApplicationScoped
public class JsonFeedWriter {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private final ObjectMapper json;
    public JsonFeedWriter(ObjectMapper json) {
        this.json = json;
    }

    public byte[] write(Feed feed, String selfUrl) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator out = json.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeStringField("version", VERSION);
            out.writeStringField("title", feed.title());
            out.writeStringField("home_page_url", feed.homeUrl());
            out.writeStringField("feed_url", selfUrl);
            out.writeStringField("description", feed.description());
            out.writeStringField("language", feed.language());
            authors(out, List.of(feed.title()));
            out.writeArrayFieldStart("items");
            for (Feed.Item item : feed.items()) {
                out.writeStartObject();
                out.writeStringField("id", item.guid());
                out.writeStringField("url", item.url());
                out.writeStringField("title", item.title());
                // The spec requires content_html or content_text: summaries travel as the text when bodies do not.
                if (item.contentHtml() != null) {
                    out.writeStringField("content_html", item.contentHtml());
                } else {
                    out.writeStringField("content_text", item.summary());
                }
                out.writeStringField("summary", item.summary());
                if (item.image() != null) {
                    out.writeStringField("image", item.image().url());
                }
                out.writeStringField("date_published", date(item.published()));
                out.writeStringField("date_modified", date(item.updated()));
                authors(out, item.authors());
                out.writeArrayFieldStart("tags");
                for (Feed.Category category : item.categories()) {
                    out.writeString(category.label());
                }
                out.writeEndArray();
                out.writeStringField("language", item.language());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void authors(JsonGenerator out, List<String> names) throws IOException {
        if (names.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart("authors");
        for (String name : names) {
            out.writeStartObject();
            out.writeStringField("name", name);
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static String date(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}
