package dev.khao.article.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khao.article.body.ArticleBody;

import java.util.Iterator;
import java.util.Map;

/**
 * A revision's snapshot as stored: the article's representation without {@code bodyText}, which is derived from
 * {@code bodyHtml} ({@link ArticleBody#fromHtml} is idempotent) and was half of every snapshot's bytes. Snapshots
 * stored before the change still hold it, and are read as they are.
 */
final class StoredSnapshots {

    private static final String HTML = "bodyHtml";
    private static final String TEXT = "bodyText";

    private StoredSnapshots() {
    }

    /** What is stored of a full representation (which is changed in place and returned). */
    static JsonNode stored(ObjectNode full) {
        full.remove(TEXT);
        return full;
    }

    /**
     * The representation a stored snapshot was taken of. {@code newer}, when given, is a full representation whose
     * text is reused if its HTML is the same, which spares parsing the body again.
     */
    static JsonNode full(JsonNode stored, JsonNode newer) {
        if (!(stored instanceof ObjectNode object) || object.has(TEXT) || !object.has(HTML)) {
            return stored;
        }
        JsonNode html = object.get(HTML);
        String text = newer != null && html.equals(newer.get(HTML)) && newer.hasNonNull(TEXT)
                ? newer.get(TEXT).asText()
                : ArticleBody.fromHtml(html.asText(null)).text();
        // In the representation's own order: the text follows the HTML
        ObjectNode full = object.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            full.set(field.getKey(), field.getValue());
            if (field.getKey().equals(HTML)) {
                full.put(TEXT, text);
            }
        }
        return full;
    }
}
