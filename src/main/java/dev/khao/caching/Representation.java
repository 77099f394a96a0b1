package dev.khao.caching;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a cache needs to know about a JSON representation, read from the JSON itself so that every endpoint,
 * present and future, is covered without declaring anything: the resources it contains, when the newest of them
 * changed, and whether it shows unpublished content.
 */
record Representation(Set<String> ids, OffsetDateTime lastModified, boolean unpublished, boolean list) {

    /**
     * Reads the bytes about to be sent as a stream of tokens: building a tree of a search page (twenty hits with
     * snippets and facets) only to walk it once was a twentieth of a search's application time, a little more than
     * reading the tokens.
     */
    static Representation of(JsonFactory factory, byte[] json) throws IOException {
        // One slot per object, in the order objects open, for its id: ids come out parents first, whatever the order
        // of an object's fields.
        List<String> slots = new ArrayList<>();
        Deque<Frame> open = new ArrayDeque<>();
        OffsetDateTime newest = null;
        boolean unpublished = false;
        boolean list = false;
        try (JsonParser parser = factory.createParser(json)) {
            boolean rootIsObject = parser.nextToken() == JsonToken.START_OBJECT;
            for (JsonToken token = parser.currentToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY && rootIsObject && open.size() == 1 && "data".equals(parser.currentName())) {
                    list = true;
                }
                if (token == JsonToken.START_OBJECT) {
                    open.push(new Frame(slots.size()));
                    slots.add(null);
                    continue;
                }
                if (token == JsonToken.END_OBJECT) {
                    // Only content has a textual status with an id beside it (articles: draft, scheduled, published, archived).
                    Frame closed = open.pop();
                    unpublished |= closed.hasId && closed.status != null && !"published".equals(closed.status);
                    continue;
                }
                if (!token.isScalarValue() || !parser.getParsingContext().inObject()) {
                    continue;
                }
                Frame current = open.peek();
                String field = parser.currentName();
                if ("id".equals(field)) {
                    current.hasId = true;
                    if (token == JsonToken.VALUE_STRING && isUuid(parser.getText())) {
                        slots.set(current.slot, parser.getText().toLowerCase());
                    }
                } else if ("status".equals(field) && token == JsonToken.VALUE_STRING) {
                    current.status = parser.getText();
                } else if ("updatedAt".equals(field) && token == JsonToken.VALUE_STRING) {
                    try {
                        OffsetDateTime at = OffsetDateTime.parse(parser.getText());
                        if (newest == null || at.isAfter(newest)) {
                            newest = at;
                        }
                    } catch (DateTimeParseException e) {
                        // Not a timestamp: not a validator either.
                    }
                }
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : slots) {
            if (id != null) {
                ids.add(id);
            }
        }
        return new Representation(ids, newest, unpublished, list);
    }

    /**
     * Whether {@code text} is a UUID in its canonical form (hexadecimal digits, hyphens after the 8th, 12th, 16th and
     * 20th). Checked by hand: a search page has dozens of ids, and a regular expression was a fortieth of a search's
     * application time.
     */
    static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** An object being read: where its id goes, whether it has one, and its status. */
    private static final class Frame {
        final int slot;
        boolean hasId;
        String status;

        Frame(int slot) {
            this.slot = slot;
        }
    }
}
