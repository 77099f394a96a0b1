package dev.khao.article.body;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Word counts for Thai news, where words are not separated by spaces: ICU's Thai dictionary segments Thai runs
 * into words, Latin text splits at spaces and punctuation as usual, and numbers ({@code 17}, {@code 3.33},
 * {@code ๒๕๖๗}) are words. Spaces, punctuation and symbols are not.
 */
public final class ThaiWords {

    /** Reading rate behind {@link #readingTimeMinutes(int)}, in words per minute. */
    // Below the ~238 wpm adult silent-reading average (Brysbaert 2019): no settled rate exists for ICU-segmented Thai, and erring long is kinder.
    public static final int WORDS_PER_MINUTE = 200;

    // Break iterators keep per-text state and are not thread-safe: every count works on a clone.
    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(new ULocale("th"));

    private ThaiWords() {
    }

    /** How many words {@code text} holds; 0 for null or blank text. */
    public static int count(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        BreakIterator words = (BreakIterator) PROTOTYPE.clone();
        words.setText(text);
        int count = 0;
        words.first();
        while (words.next() != BreakIterator.DONE) {
            // The status describes the segment that ends at this boundary; below the limit it is spaces or punctuation.
            if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                count++;
            }
        }
        return count;
    }

    /** Whole minutes needed to read {@code words} words, rounded up: at least 1 for any words, 0 for none. */
    public static int readingTimeMinutes(int words) {
        if (words < 0) {
            throw new IllegalArgumentException("A word count cannot be negative: " + words);
        }
        return (int) Math.ceil(words / (double) WORDS_PER_MINUTE);
    }
}
