package dev.khao.article.body;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.Arrays;

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

    /**
     * Bodies up to this long are remembered after a count: an article write counts its body and then, in the same
     * thread and transaction, indexes it for search, and segmenting Thai was a third of an import's application time.
     */
    static final int REMEMBERED_LENGTH = 1_000_000;
    /** The segments of the text last counted on this thread, until the search index takes them. */
    private static final ThreadLocal<Segments> COUNTED = new ThreadLocal<>();

    /**
     * ICU's segments of a whole text, in order: where each ends, and whether it is a word (its rule status is at
     * least {@link BreakIterator#WORD_NONE_LIMIT}) rather than spaces or punctuation.
     */
    public record Segments(String text, int[] ends, boolean[] words) {
    }

    private ThaiWords() {
    }

    /** How many words {@code text} holds; 0 for null or blank text. */
    public static int count(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        BreakIterator iterator = (BreakIterator) PROTOTYPE.clone();
        iterator.setText(text);
        boolean remember = text.length() <= REMEMBERED_LENGTH;
        int[] ends = new int[remember ? 16 : 0];
        boolean[] words = new boolean[ends.length];
        int segments = 0;
        int count = 0;
        iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            // The status describes the segment that ends at this boundary; below the limit it is spaces or punctuation.
            boolean word = iterator.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT;
            if (word) {
                count++;
            }
            if (remember) {
                if (segments == ends.length) {
                    ends = Arrays.copyOf(ends, segments * 2);
                    words = Arrays.copyOf(words, segments * 2);
                }
                ends[segments] = end;
                words[segments++] = word;
            }
        }
        if (remember) {
            COUNTED.set(new Segments(text, Arrays.copyOf(ends, segments), Arrays.copyOf(words, segments)));
        }
        return count;
    }

    /**
     * The segments {@link #count} found in a text equal to {@code text}, if it was the last one counted on this thread
     * (then forgotten: it is asked for once per write), else null. Texts of other lengths are told apart at once.
     */
    public static Segments takeCounted(String text) {
        Segments counted = COUNTED.get();
        if (counted == null || !counted.text().equals(text)) {
            return null;
        }
        COUNTED.remove();
        return counted;
    }

    /** Whole minutes needed to read {@code words} words, rounded up: at least 1 for any words, 0 for none. */
    public static int readingTimeMinutes(int words) {
        if (words < 0) {
            throw new IllegalArgumentException("A word count cannot be negative: " + words);
        }
        return (int) Math.ceil(words / (double) WORDS_PER_MINUTE);
    }
}
