package dev.khao.search.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.khao.article.body.ThaiWords;
import dev.khao.common.CombiningMarks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Word segmentation for search: ICU's Thai dictionary splits runs of Thai letters into words (Latin and numbers
 * split as usual), then runs that the term dictionary knows as one name are merged back into one word, so
 * ชัยวุฒิ is one word rather than ชัย|วุฒิ. Offsets always refer to the original text.
 */
public final class ThaiSegmenter {

    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(new ULocale("th"));
    /**
     * Break iterators keep per-text state and are not thread-safe, so each thread has its own: cloning one per call
     * cost as much as segmenting a short text, and highlighting segments several short texts per search hit.
     */
    private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

    /** Words after a compound that are segmented again when the compound ended inside one. */
    private static final int RESEGMENTED_WORDS = 3;

    private ThaiSegmenter() {
    }

    /** The words of {@code text}, as plain ICU segments them. */
    public static List<Token> words(String text) {
        return words(text, Terms.EMPTY);
    }

    /** The words of {@code text}, with runs the dictionary knows merged into one word. */
    public static List<Token> words(String text, Terms terms) {
        return segments(text, terms).stream().filter(Token::isWord).toList();
    }

    /**
     * Every segment of {@code text} in order, words and the gaps between them, covering the whole text; the
     * edges of the segments are the places text can be cut without breaking a word or a character cluster.
     */
    public static List<Token> segments(String text, Terms terms) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        BreakIterator iterator = ITERATOR.get();
        try {
            // A body just written was segmented to count its words, by the same ICU rules: read that, not the text again.
            ThaiWords.Segments counted = ThaiWords.takeCounted(text);
            List<Token> icu = counted != null ? segments(text, counted) : icuSegments(iterator, text, 0, text.length());
            return terms.hasCompounds() ? merge(iterator, text, icu, terms) : icu;
        } finally {
            // Not to keep the last (possibly huge) text reachable from the thread.
            iterator.setText("");
        }
    }

    /** ICU's segments of the whole text: those counted when it was written (see ThaiWords), else segmented now. */
    public static ThaiWords.Segments icu(String text) {
        ThaiWords.Segments counted = ThaiWords.takeCounted(text);
        return counted != null ? counted : ThaiWords.segments(text);
    }

    /** The words of {@code text} from its ICU segments {@code icu}, with runs the dictionary knows merged into one word. */
    public static List<Token> words(String text, ThaiWords.Segments icu, Terms terms) {
        return segments(text, icu, 0, text.length(), terms).stream().filter(Token::isWord).toList();
    }

    /**
     * The segments of {@code text} from {@code from} to {@code to}, widened to whole segments, from its ICU segments
     * {@code icu} (which may cover only its start: then up to there), with runs the dictionary knows merged.
     */
    public static List<Token> segments(String text, ThaiWords.Segments icu, int from, int to, Terms terms) {
        List<Token> segments = segments(text, icu, from, to);
        if (!terms.hasCompounds()) {
            return segments;
        }
        BreakIterator iterator = ITERATOR.get();
        try {
            return merge(iterator, text, segments, terms);
        } finally {
            iterator.setText("");
        }
    }

    private static List<Token> segments(String text, ThaiWords.Segments icu) {
        return segments(text, icu, 0, text.length());
    }

    private static List<Token> segments(String text, ThaiWords.Segments icu, int from, int to) {
        int[] ends = icu.ends();
        // The first segment ending after from, and every one up to the one holding to - 1.
        int first = java.util.Arrays.binarySearch(ends, from);
        first = first >= 0 ? first + 1 : -first - 1;
        List<Token> segments = new ArrayList<>();
        int start = first == 0 ? 0 : ends[first - 1];
        for (int i = first; i < ends.length && start < to; i++) {
            int end = Math.min(ends[i], text.length());
            segments.add(segment(text, start, end, icu.words()[i]));
            start = end;
        }
        return segments;
    }

    private static Token segment(String text, int start, int end, boolean word) {
        return word && end - start <= Lexemes.MAX_LENGTH ? Token.word(Lexemes.of(text.substring(start, end)), start, end) : Token.gap(start, end);
    }

    private static List<Token> icuSegments(BreakIterator words, String text, int from, int to) {
        List<Token> segments = new ArrayList<>();
        if (from >= to) {
            return segments;
        }
        words.setText(text.substring(from, to));
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            // The status describes the segment that ends at this boundary; below the limit it is spaces or punctuation.
            segments.add(segment(text, from + start, from + end, words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT));
        }
        return segments;
    }

    /**
     * Known compounds win over ICU: from each word start, the longest compound written there (within the run
     * of words, never across a space or punctuation) becomes one word. ICU misreads the letters around a word
     * its dictionary lacks (ผู้แทนเอสแคปร่วม → …|เอ|ส|แค|ปร่วม), so when a compound ends inside an ICU word,
     * the next few words are segmented again from there; ICU's misreading is local, and re-reading whole runs
     * would make long texts quadratic.
     */
    private static List<Token> merge(BreakIterator iterator, String text, List<Token> icu, Terms terms) {
        List<Token> merged = new ArrayList<>(icu.size());
        // Segments still to read: re-read ones first, then ICU's from index i on.
        ArrayDeque<Token> reread = new ArrayDeque<>();
        int i = 0;
        int limit = -1;
        while (!reread.isEmpty() || i < icu.size()) {
            Token first = reread.isEmpty() ? icu.get(i++) : reread.poll();
            if (!first.isWord()) {
                merged.add(first);
                continue;
            }
            if (first.start() >= limit) {
                // A new run of words (re-read segments never start one): where it ends, found once per run.
                int last = i - 1;
                while (last + 1 < icu.size() && icu.get(last + 1).isWord()) {
                    last++;
                }
                limit = Math.max(first.end(), icu.get(Math.max(last, 0)).end());
            }
            Terms.Compound compound = terms.longestCompoundAt(text, first.start(), limit);
            int end = compound == null ? -1 : compound.end();
            // Never end inside a character cluster (before a Thai vowel or tone mark).
            if (end < 0 || end == first.end() || (end < text.length() && CombiningMarks.isMark(text.codePointAt(end)))) {
                merged.add(first);
                continue;
            }
            merged.add(new Token(Lexemes.of(text.substring(first.start(), end)), first.start(), end,
                    compound.parts().size() > 1 ? compound.parts() : List.of()));
            // Drop what the compound covers; a segment it ends inside is re-read with the next few words.
            Token straddling = first.end() > end ? first : null;
            while (straddling == null && (!reread.isEmpty() || i < icu.size())) {
                Token next = reread.isEmpty() ? icu.get(i++) : reread.poll();
                if (next.end() > end) {
                    straddling = next;
                }
            }
            if (straddling != null && straddling.start() < end) {
                int rereadTo = straddling.end();
                for (int k = 0; k < RESEGMENTED_WORDS && rereadTo < limit; k++) {
                    Token next = reread.isEmpty() ? icu.get(i++) : reread.poll();
                    rereadTo = next.end();
                }
                List<Token> again = icuSegments(iterator, text, end, rereadTo);
                for (int k = again.size() - 1; k >= 0; k--) {
                    reread.addFirst(again.get(k));
                }
            } else if (straddling != null) {
                reread.addFirst(straddling);
            }
        }
        return merged;
    }
}
