package dev.khao.common.paging;

import dev.khao.common.FourDigitYearValidator;
import dev.khao.common.StorableText;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A keyset position: the sort value and id of the last item of a page. Encoded opaquely so clients cannot
 * depend on its shape; the sort name is included so a cursor is never applied to a different ordering.
 */
public record Cursor(String sort, String key, UUID id) {

    private static final char SEPARATOR = '\u001f';
    private static final Pattern SORT_KEY = Pattern.compile("[0-9a-f]*");

    public String encode() {
        String raw = sort + SEPARATOR + key + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor sent back by a client; a cursor that was not made for this sort is a 400. */
    public static Cursor decode(String encoded, String expectedSort) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            // Undecodable bytes became U+FFFD; no cursor made here holds either that or what the database refuses.
            if (raw.indexOf('\uFFFD') >= 0 || !StorableText.isStorable(raw)) {
                throw invalid();
            }
            String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
            if (parts.length == 3 && parts[0].equals(expectedSort)) {
                return new Cursor(parts[0], parts[1], UUID.fromString(parts[2]));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw invalid();
    }

    /**
     * The key of a list in dictionary order ({@link dev.khao.common.SortKeys}): lower-case hex, whole bytes. Any other
     * key would page from a place no name sorts to, an empty page where a 400 is due.
     */
    public String sortKey() {
        if (key.length() % 2 != 0 || !SORT_KEY.matcher(key).matches()) {
            throw invalid();
        }
        return key;
    }

    /** The key of a list ordered by a time, as {@link OffsetDateTime#toString()} or {@link java.time.Instant#toString()} wrote it. */
    public OffsetDateTime timeKey() {
        return time(key);
    }

    /**
     * A time a cursor carries; one that does not parse, or lies outside the years the database and the API
     * write, is a 400 like any other cursor not made here.
     */
    public static OffsetDateTime time(String text) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text);
            if (FourDigitYearValidator.holds(time)) {
                return time;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw invalid();
    }

    public static ProblemException invalid() {
        return ProblemException.invalidField("cursor", "is not a cursor of this list with this sort; start again without it");
    }
}
