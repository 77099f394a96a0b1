package dev.khao.article.body;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;

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
     * Texts counted on a thread are remembered, newest first, until the search index takes them: an article write
     * counts its body, and its transaction indexes it for search before committing, together with the other articles
     * it wrote (up to a hundred at a time in an import). Segmenting Thai was a third of an import's application time.
     * Bounded per thread, in texts and in characters, so writes that never reach the index cannot pile up.
     */
    static final int REMEMBERED_TEXTS = 128;
    static final int REMEMBERED_LENGTH = 1_000_000;
    private static final ThreadLocal<Remembered> COUNTED = ThreadLocal.withInitial(Remembered::new);

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
        Segments segments = segments(text);
        if (text.length() <= REMEMBERED_LENGTH) {
            COUNTED.get().add(segments);
        }
        int count = 0;
        for (boolean word : segments.words()) {
            if (word) {
                count++;
            }
        }
        return count;
    }

    /** ICU's segments of {@code text}, segmented now. */
    public static Segments segments(String text) {
        BreakIterator iterator = (BreakIterator) PROTOTYPE.clone();
        iterator.setText(text);
        int[] ends = new int[16];
        boolean[] words = new boolean[ends.length];
        int segments = 0;
        iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            if (segments == ends.length) {
                ends = Arrays.copyOf(ends, segments * 2);
                words = Arrays.copyOf(words, segments * 2);
            }
            ends[segments] = end;
            // The status describes the segment that ends at this boundary; below the limit it is spaces or punctuation.
            words[segments++] = iterator.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT;
        }
        return new Segments(text, Arrays.copyOf(ends, segments), Arrays.copyOf(words, segments));
    }

    /**
     * The segments {@link #count} found in a text equal to {@code text}, if it is still remembered on this thread (then
     * forgotten: it is asked for once per write), else null. Texts of other lengths are told apart at once.
     */
    public static Segments takeCounted(String text) {
        return COUNTED.get().take(text);
    }

    /** Whole minutes needed to read {@code words} words, rounded up: at least 1 for any words, 0 for none. */
    public static int readingTimeMinutes(int words) {
        if (words < 0) {
            throw new IllegalArgumentException("A word count cannot be negative: " + words);
        }
        return (int) Math.ceil(words / (double) WORDS_PER_MINUTE);
    }

    /** One thread's remembered counts, newest first. */
    private static final class Remembered {
        private final ArrayDeque<Segments> texts = new ArrayDeque<>();
        private long length;

        void add(Segments counted) {
            texts.addFirst(counted);
            length += counted.text().length();
            while (texts.size() > REMEMBERED_TEXTS || length > REMEMBERED_LENGTH) {
                length -= texts.removeLast().text().length();
            }
        }

        Segments take(String text) {
            for (Iterator<Segments> i = texts.iterator(); i.hasNext(); ) {
                Segments counted = i.next();
                if (counted.text().equals(text)) {
                    i.remove();
                    length -= text.length();
                    return counted;
                }
            }
            return null;
        }
    }
}
