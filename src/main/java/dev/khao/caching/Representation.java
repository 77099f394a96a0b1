package dev.khao.caching;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a cache needs to know about a JSON representation, read from the JSON itself so that every endpoint,
 * present and future, is covered without declaring anything: the resources it contains, when the newest of them
 * changed, and whether it shows unpublished content.
 */
record Representation(Set<String> ids, OffsetDateTime lastModified, boolean unpublished, boolean list) {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static Representation of(JsonNode root) {
        Walk walk = new Walk();
        walk.visit(root);
        boolean list = root.isObject() && root.path("data").isArray();
        return new Representation(walk.ids, walk.newest, walk.unpublished, list);
    }

    private static final class Walk {
        final Set<String> ids = new LinkedHashSet<>();
        OffsetDateTime newest;
        boolean unpublished;

        void visit(JsonNode node) {
            if (node.isArray()) {
                node.forEach(this::visit);
                return;
            }
            if (!node.isObject()) {
                return;
            }
            JsonNode id = node.get("id");
            if (id != null && id.isTextual() && UUID.matcher(id.asText()).matches()) {
                ids.add(id.asText().toLowerCase());
            }
            JsonNode status = node.get("status");
            // Only content has a textual status with an id beside it (articles: draft, scheduled, published, archived).
            if (id != null && status != null && status.isTextual() && !"published".equals(status.asText())) {
                unpublished = true;
            }
            JsonNode updated = node.get("updatedAt");
            if (updated != null && updated.isTextual()) {
                try {
                    OffsetDateTime at = OffsetDateTime.parse(updated.asText());
                    if (newest == null || at.isAfter(newest)) {
                        newest = at;
                    }
                } catch (DateTimeParseException e) {
                    // Not a timestamp: not a validator either.
                }
            }
            node.elements().forEachRemaining(this::visit);
        }
    }
}
