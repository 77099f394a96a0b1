package dev.khao.feed;

import java.util.Arrays;
import java.util.Optional;

/** What a per-scope feed is about; the path segment before its slug, e.g. {@code /feeds/tag/ดิจิทัล/rss.xml}. */
public enum FeedScope {
    SECTION("section"), TAG("tag"), AUTHOR("author"), ENTITY("entity");

    /** The path parameter pattern that accepts exactly these scopes. */
    public static final String PATH_PATTERN = "section|tag|author|entity";

    private final String segment;

    FeedScope(String segment) {
        this.segment = segment;
    }

    public String segment() {
        return segment;
    }

    public static Optional<FeedScope> parse(String segment) {
        return Arrays.stream(values()).filter(s -> s.segment.equals(segment)).findFirst();
    }
}
