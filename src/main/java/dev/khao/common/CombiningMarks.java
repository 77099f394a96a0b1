package dev.khao.common;

/** Combining marks (Thai vowel and tone marks, accents): they belong to the character before them, never start one. */
public final class CombiningMarks {

    private CombiningMarks() {
    }

    public static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
