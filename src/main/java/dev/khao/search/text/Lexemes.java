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
        if (isThai(token) && NFC.isNormalized(token)) {
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

    /** Whether a code point is a combining mark (a Thai vowel or tone mark, an accent): never the start of a word. */
    public static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
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
