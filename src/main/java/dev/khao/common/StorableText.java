package dev.khao.common;

/**
 * Text PostgreSQL can store as sent. Its {@code text} type cannot hold the NUL character (the statement fails),
 * and a lone UTF-16 surrogate has no UTF-8 form, so the driver would silently store {@code ?} in its place; both
 * are refused at the edge with a 400 instead of failing or changing what was sent.
 */
public final class StorableText {

    public static final String MESSAGE = "must not contain the NUL character (\\u0000) or an unpaired UTF-16 surrogate";

    private StorableText() {
    }

    public static boolean isStorable(CharSequence text) {
        return text == null || firstUnstorable(text) < 0;
    }

    /**
     * {@code text} with each refused character replaced by U+FFFD, for echoing client input back in an error:
     * a lone surrogate cannot be written as UTF-8 JSON either.
     */
    public static String replaced(String text) {
        int at = text == null ? -1 : firstUnstorable(text);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, at);
        for (int i = at; i < text.length(); i++) {
            int width = storableWidth(text, i);
            if (width == 0) {
                out.append('\uFFFD');
            } else {
                out.append(text, i, i + width);
                i += width - 1;
            }
        }
        return out.toString();
    }

    /**
     * {@code text} as an error message echoes it: cut to at most {@code max} UTF-16 units and ended with "…" when
     * longer, and {@link #replaced}. The cut falls between characters, never inside a surrogate pair (half an emoji
     * is no character at all) or before a combining mark (a Thai vowel or tone mark without its consonant).
     */
    public static String shown(String text, int max) {
        if (text != null && text.length() > max) {
            int end = max;
            while (end > 0 && (Character.isLowSurrogate(text.charAt(end)) || CombiningMarks.isMark(text.charAt(end)))) {
                end--;
            }
            text = text.substring(0, end) + "…";
        }
        return replaced(text);
    }

    private static int firstUnstorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            int width = storableWidth(text, i);
            if (width == 0) {
                return i;
            }
            i += width - 1;
        }
        return -1;
    }

    /** How many chars the character at {@code i} takes (2 for a surrogate pair), or 0 if it is refused. */
    private static int storableWidth(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '\u0000' || Character.isLowSurrogate(c)) {
            return 0;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 0;
        }
        return 1;
    }
}
