package dev.khao.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What every feed format renders: the feed's scope and its newest public articles. {@code updated} is the newest
 * change among them and the scope, never "now", so the same content renders to the same bytes (and ETag).
 *
 * @param id           a stable URN of the feed (Atom id)
 * @param selfPath     the feed's path under the API, without the format's file name (e.g. {@code /feeds/tag/ดิจิทัล})
 * @param fullContent  whether items carry their full body
 * @param personal     whether the body depends on who asked (full content for a partner key only)
 */
public record Feed(String id, String title, String description, String homeUrl, String selfPath, String language,
                   OffsetDateTime updated, boolean fullContent, boolean personal, List<Item> items) {

    /** One article as a feed entry; {@code contentHtml} is null unless the feed carries full content. */
    public record Item(String id, String url, String title, String summary, String contentHtml, String language,
                       List<String> authors, List<Category> categories, Image image,
                       OffsetDateTime published, OffsetDateTime updated) {

        /** The stable guid of an article in every format: it never changes when slugs or URLs do. */
        public String guid() {
            return "urn:uuid:" + id;
        }
    }

    /** A section or tag of an item: {@code term} is its slug, {@code label} its name. */
    public record Category(String term, String label, String scheme) {
    }

    /** The cover image; {@code type} is guessed from the file name. */
    public record Image(String url, String type, String alt, String credit) {
    }
}
