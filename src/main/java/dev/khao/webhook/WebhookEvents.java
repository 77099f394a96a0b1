package dev.khao.webhook;

import dev.khao.common.ContentChanged.ContentType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The events a subscription can name, and how a subscription's patterns ({@code *}, {@code tag.*}) match them. */
final class WebhookEvents {

    static final String WILDCARD = "*";

    /** Every event, in the order the API documents them. */
    static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>(List.of("article.published", "article.updated", "article.unpublished", "article.deleted"));
        for (ContentType type : ContentType.values()) {
            if (type != ContentType.ARTICLE) {
                for (String action : List.of("created", "updated", "deleted")) {
                    all.add(typeName(type) + "." + action);
                }
            }
        }
        ALL = Collections.unmodifiableList(all);
    }

    private WebhookEvents() {
    }

    static String typeName(ContentType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    static String event(ContentType type, String action) {
        return typeName(type) + "." + action;
    }

    /** Whether a pattern a subscription may use: an event, {@code *}, or {@code <type>.*}. */
    static boolean isPattern(String pattern) {
        return pattern.equals(WILDCARD) || ALL.contains(pattern)
                || (pattern.endsWith(".*") && ALL.stream().anyMatch(e -> e.startsWith(pattern.substring(0, pattern.length() - 1))));
    }

    static boolean matches(List<String> patterns, String event) {
        return patterns.stream().anyMatch(p -> p.equals(WILDCARD) || p.equals(event)
                || (p.endsWith(".*") && event.startsWith(p.substring(0, p.length() - 1))));
    }
}
