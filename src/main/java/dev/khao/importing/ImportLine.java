package dev.khao.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khao.article.ArticleLanguage;
import dev.khao.article.ArticleRequest;
import dev.khao.article.ArticleStatus;
import dev.khao.common.LowerCaseEnums;
import dev.khao.common.StorableText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One article as an import line carries it, read from the corpus' own field names or from the article API's
 * (the first name listed wins when both are present): {@code id}|{@code externalId}, {@code title},
 * {@code body}|{@code bodyText} (plain text, paragraphs separated by blank lines) or {@code bodyHtml},
 * {@code published_at}|{@code publishedAt}, {@code tags} (names), {@code category}|{@code section} (a name),
 * {@code url}|{@code sourceUrl}, {@code canonicalUrl}, {@code subtitle}, {@code summary}, {@code language},
 * {@code status}. Other fields (such as the corpus' {@code source_repo}) are ignored.
 */
record ImportLine(long number, String externalId, String title, String subtitle, String summary, String bodyText, String bodyHtml,
                  OffsetDateTime publishedAt, List<String> tags, String section, String sourceUrl, String canonicalUrl,
                  ArticleLanguage language, ArticleStatus status) {

    /** Why a line cannot be imported; carries the line's id when it was readable. */
    static final class Rejected extends Exception {
        final String externalId;

        Rejected(String externalId, String reason) {
            super(reason, null, false, false);
            this.externalId = externalId;
        }
    }

    /** Reads a parsed line; dates without a time are the start of that day in {@code zone}, the newsroom's. */
    static ImportLine read(long number, JsonNode json, ZoneId zone) throws Rejected {
        if (!(json instanceof ObjectNode object)) {
            throw new Rejected(null, "is not a JSON object");
        }
        String id = id(object);
        try {
            if (id == null || id.isBlank()) {
                throw new Rejected(null, "id: is required; the import matches articles by externalSource and id");
            }
            String title = text(object, "title");
            if (title == null || title.isBlank()) {
                throw new Rejected(id, "title: must not be blank");
            }
            String status = text(object, "status");
            String language = text(object, "language");
            return new ImportLine(number, id.strip(), title,
                    text(object, "subtitle"),
                    text(object, "summary"),
                    text(object, "body", "bodyText"),
                    text(object, "bodyHtml"),
                    time(object, zone),
                    tags(object),
                    text(object, "category", "section"),
                    text(object, "url", "sourceUrl"),
                    text(object, "canonicalUrl"),
                    language == null ? ArticleLanguage.TH : LowerCaseEnums.parse(ArticleLanguage.class, language)
                            .orElseThrow(() -> new Invalid("language", "must be one of: " + LowerCaseEnums.allowed(ArticleLanguage.class))),
                    // Imports bring in what was already published elsewhere.
                    status == null ? ArticleStatus.PUBLISHED : LowerCaseEnums.parse(ArticleStatus.class, status)
                            .orElseThrow(() -> new Invalid("status", "must be one of: " + LowerCaseEnums.allowed(ArticleStatus.class))));
        } catch (Invalid e) {
            throw new Rejected(id, e.getMessage());
        }
    }

    private static String id(ObjectNode object) throws Rejected {
        JsonNode id;
        try {
            id = field(object, "id", "externalId");
        } catch (Invalid e) {
            throw new Rejected(null, e.getMessage());
        }
        if (id == null) {
            return null;
        }
        // Numeric ids are common in feeds; they are the same key as their decimal text.
        if (id.isIntegralNumber() || id.isTextual() && StorableText.isStorable(id.asText())) {
            return id.asText();
        }
        if (id.isTextual()) {
            throw new Rejected(null, "id: " + StorableText.MESSAGE);
        }
        throw new Rejected(null, "id: must be a string or an integer");
    }

    private static OffsetDateTime time(ObjectNode object, ZoneId zone) {
        String value = text(object, "published_at", "publishedAt");
        if (value == null || value.isBlank()) {
            return null;
        }
        String time = value.strip();
        try {
            if (time.length() == 10) {
                return LocalDate.parse(time).atStartOfDay(zone).toOffsetDateTime();
            }
            try {
                return OffsetDateTime.parse(time);
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(time).atZone(zone).toOffsetDateTime();
            }
        } catch (DateTimeParseException e) {
            throw new Invalid("published_at", "must be a date (2024-11-27) or an ISO-8601 timestamp (2024-11-27T09:30:00+07:00)");
        }
    }

    private static List<String> tags(ObjectNode object) {
        JsonNode tags = field(object, "tags");
        if (tags == null) {
            return List.of();
        }
        if (!tags.isArray()) {
            throw new Invalid("tags", "must be an array of tag names");
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            JsonNode tag = tags.get(i);
            if (!tag.isTextual()) {
                throw new Invalid("tags[" + i + "]", "must be a string");
            }
            if (!StorableText.isStorable(tag.asText())) {
                throw new Invalid("tags[" + i + "]", StorableText.MESSAGE);
            }
            if (!tag.asText().isBlank()) {
                names.add(tag.asText().strip());
            }
        }
        // Checked before any tag is looked up, so a line that cannot be imported creates no tags.
        if (names.size() > ArticleRequest.MAX_TAGS) {
            throw new Invalid("tags", "must have at most " + ArticleRequest.MAX_TAGS + " different tags");
        }
        return new ArrayList<>(names);
    }

    private static String text(ObjectNode object, String... names) {
        JsonNode value = field(object, names);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new Invalid(names[0], "must be a string");
        }
        if (!StorableText.isStorable(value.asText())) {
            throw new Invalid(names[0], StorableText.MESSAGE);
        }
        return value.asText();
    }

    /** The first of the names present with a non-null value. */
    /**
     * The first of a field's accepted spellings ({@code id} or {@code externalId}) the line has. Two spellings with
     * different values are refused: which one was meant cannot be told, and the first used to win silently.
     */
    private static JsonNode field(ObjectNode object, String... names) {
        JsonNode found = null;
        String foundName = null;
        for (String name : names) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (found == null) {
                found = value;
                foundName = name;
            } else if (!found.equals(value)) {
                throw new Invalid(foundName, "the line also has " + name + ", with another value; send one of them");
            }
        }
        return found;
    }

    /** A field that cannot be read; unchecked so the field readers compose as expressions. */
    private static final class Invalid extends RuntimeException {
        Invalid(String field, String message) {
            super(field + ": " + message, null, false, false);
        }
    }
}
