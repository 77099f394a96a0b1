package dev.khao.article.revision;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Compares two snapshots field by field (top-level fields of the article representation). */
final class SnapshotFields {

    /** Bookkeeping every write changes: listing it would make every revision look alike. */
    private static final Set<String> BOOKKEEPING = Set.of("updatedAt", "version");
    /** Never changes, so a first revision does not list it either. */
    private static final Set<String> IDENTITY = Set.of("id", "createdAt");

    private SnapshotFields() {
    }

    /** Fields whose values differ; for a first revision ({@code before} null), every field that has a value. */
    static List<String> changed(JsonNode before, JsonNode after) {
        List<String> changed = new ArrayList<>();
        if (before == null) {
            after.fieldNames().forEachRemaining(name -> {
                JsonNode value = after.get(name);
                boolean empty = value.isNull() || value.isContainerNode() && value.isEmpty() || value.isTextual() && value.asText().isEmpty();
                if (!empty && !BOOKKEEPING.contains(name) && !IDENTITY.contains(name)) {
                    changed.add(name);
                }
            });
            return changed;
        }
        Set<String> names = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(names::add);
        before.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!BOOKKEEPING.contains(name) && !valueOf(before, name).equals(valueOf(after, name))) {
                changed.add(name);
            }
        }
        return changed;
    }

    /** A field's value, with absent and null counted as the same (a representation may leave out empty fields). */
    static JsonNode valueOf(JsonNode snapshot, String field) {
        JsonNode value = snapshot.get(field);
        return value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value;
    }
}
