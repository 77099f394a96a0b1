package dev.khao.common;

import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * URL slugs that keep Thai as Thai: letters, combining marks and digits of any script survive (Thai vowels and
 * tone marks are combining marks), Latin is lower-cased, runs of spaces and separators become one hyphen and
 * punctuation is dropped.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 120;
    /** What a slug may contain; also the rule a client-chosen slug must follow. */
    public static final String PATTERN = "^[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{N}]+(-[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{N}]+)*$";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Pd}_/\\\\.]+");
    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}-]");
    private static final Pattern HYPHENS = Pattern.compile("-{2,}");

    private Slugs() {
    }

    /** A slug for a title; empty when the title has no letters or digits at all. */
    public static String fromTitle(String title) {
        String text = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        text = SEPARATORS.matcher(text).replaceAll("-");
        text = DROPPED.matcher(text).replaceAll("");
        text = HYPHENS.matcher(text).replaceAll("-");
        text = trimHyphens(text);
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            text = trimHyphens(cutAtCodePoint(text, MAX_LENGTH));
        }
        return text;
    }

    /** The first of {@code base}, {@code base-2}, {@code base-3}, … that is not taken. */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * The slug a write leaves on a catalog resource: the one the client asked for if no other {@code kind} has it,
     * else the one it already has, else one made unique from its name.
     */
    public static String forWrite(String requested, String current, String name, String kind, Predicate<String> taken) {
        if (requested != null) {
            // Two spellings of one word (é as one character or as e and a mark) would make two slugs that look alike,
            // and a slug starting with a mark has no letter to carry it.
            if (!Normalizer.isNormalized(requested, Normalizer.Form.NFC)) {
                throw ProblemException.invalidField("slug", "must be in Unicode normal form C; send '"
                        + Normalizer.normalize(requested, Normalizer.Form.NFC) + "'");
            }
            if (!requested.isEmpty() && CombiningMarks.isMark(requested.codePointAt(0))) {
                throw ProblemException.invalidField("slug", "must not start with a combining mark");
            }
            if (taken.test(requested)) {
                throw new ProblemException(ProblemType.CONFLICT, "Slug '" + requested + "' is already used by another " + kind);
            }
            return requested;
        }
        if (current != null) {
            // Once published, a URL should not move because a name was edited; changing it takes an explicit slug.
            return current;
        }
        String base = fromTitle(name);
        if (base.isEmpty()) {
            throw ProblemException.invalidField("slug", "cannot be generated from this name; send one");
        }
        return unique(base, taken);
    }

    private static String cutAtCodePoint(String text, int codePoints) {
        int end = text.offsetByCodePoints(0, codePoints);
        // Never leave a Thai vowel or tone mark without the consonant it sits on.
        while (end > 0 && end < text.length() && Character.getType(text.codePointAt(end)) == Character.NON_SPACING_MARK) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end);
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
