package dev.khao.search.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

import java.util.Locale;

/**
 * The normal form in which words are indexed and looked up: NFC, Latin (and other cased scripts) lower-cased
 * with accents folded, so {@code Café}, {@code CAFE} and {@code café} are one lexeme. Thai has no case, and its
 * vowel and tone marks are combining marks that change the word, so they are never stripped.
 */
public final class Lexemes {

    /** Longer tokens are not words worth indexing (PostgreSQL also refuses lexemes over 2 KB). */
    public static final int MAX_LENGTH = 200;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private Lexemes() {
    }

    /** The lexeme of one token of text. */
    public static String of(String token) {
        // Most tokens of a Thai text are Thai letters alone, already in NFC: nothing to fold or lower-case.
        if (isThai(token) && asciiOrThaiInNfc(token)) {
            return token;
        }
        String text = NFC.normalize(token);
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = NFD.normalize(text.toLowerCase(Locale.ROOT));
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean afterCasedBase = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
            if (mark && afterCasedBase) {
                // An accent on a letter of a cased script (é, ñ, ự): folded away. Marks on Thai letters are kept.
                continue;
            }
            if (!mark) {
                afterCasedBase = UCharacter.hasBinaryProperty(cp, UProperty.CASED);
            }
            folded.appendCodePoint(cp);
        }
        return NFC.normalize(folded);
    }

    /**
     * {@code text.toLowerCase(Locale.ROOT)} in one pass over the characters, answering ASCII and Thai (which has no
     * case) without the JDK's per-character table lookups: lower-casing long bodies for highlighting was a twentieth of
     * a search's application time. The few characters whose lower case depends on their neighbours or takes two
     * characters (final sigma, dotted capital I) and characters outside the BMP are left to the JDK.
     */
    public static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x0E00 && c <= 0x0E7F) {
                continue;
            }
            if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
                return text.toLowerCase(Locale.ROOT);
            }
            char lower = lowerCase(c);
            if (lower != c) {
                chars[i] = lower;
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }

    /** {@link Character#toLowerCase(char)}, answered without its tables for ASCII and Thai. */
    public static char lowerCase(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return c >= 0x0E00 && c <= 0x0E7F ? c : Character.toLowerCase(c);
    }

    /**
     * Whether {@code text} is written in ASCII and Thai alone, in NFC, answered without ICU's normaliser (a fifth of
     * segmenting a Thai text when asked per word): neither block has canonical decompositions or compositions, so
     * only the order of Thai marks matters, by their combining classes (U+0E38 and U+0E39: 103, U+0E3A: 9, U+0E48 to
     * U+0E4B: 107, every other character 0). False for other text, which may still be in NFC.
     */
    public static boolean asciiOrThaiInNfc(String text) {
        int previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (c < 0x0E00 || c > 0x0E7F)) {
                return false;
            }
            int combining = c == 0x0E38 || c == 0x0E39 ? 103 : c == 0x0E3A ? 9 : c >= 0x0E48 && c <= 0x0E4B ? 107 : 0;
            if (combining != 0 && previous > combining) {
                return false;
            }
            previous = combining;
        }
        return true;
    }

    private static boolean isThai(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x0E00 || c > 0x0E7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
