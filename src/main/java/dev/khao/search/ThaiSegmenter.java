package dev.khao.search;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Word segmentation for search: ICU's Thai dictionary splits runs of Thai letters into words (Latin and numbers
 * split as usual), then runs that the term dictionary knows as one name are merged back into one word, so
 * ชัยวุฒิ is one word rather than ชัย|วุฒิ. Offsets always refer to the original text.
 */
public final class ThaiSegmenter {

    // Break iterators keep per-text state and are not thread-safe: every call works on a clone.
    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(new ULocale("th"));

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
        List<Token> icu = icuSegments(text, 0, text == null ? 0 : text.length());
        return terms.hasCompounds() ? merge(text, icu, terms) : icu;
    }

    private static List<Token> icuSegments(String text, int from, int to) {
        List<Token> segments = new ArrayList<>();
        if (text == null || from >= to) {
            return segments;
        }
        BreakIterator words = (BreakIterator) PROTOTYPE.clone();
        words.setText(text.substring(from, to));
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            // The status describes the segment that ends at this boundary; below the limit it is spaces or punctuation.
            boolean word = words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT && end - start <= Lexemes.MAX_LENGTH;
            segments.add(word ? Token.word(Lexemes.of(text.substring(from + start, from + end)), from + start, from + end)
                    : Token.gap(from + start, from + end));
        }
        return segments;
    }

    /**
     * Known compounds win over ICU: from each word start, the longest compound written there (within the run
     * of words, never across a space or punctuation) becomes one word. ICU misreads the letters around a word
     * its dictionary lacks (ผู้แทนเอสแคปร่วม → …|เอ|ส|แค|ปร่วม), so when a compound ends inside an ICU word,
     * the rest of the run is segmented again from there.
     */
    private static List<Token> merge(String text, List<Token> icu, Terms terms) {
        List<Token> pending = new ArrayList<>(icu);
        List<Token> merged = new ArrayList<>(icu.size());
        int i = 0;
        while (i < pending.size()) {
            Token first = pending.get(i);
            if (!first.isWord()) {
                merged.add(first);
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd + 1 < pending.size() && pending.get(runEnd + 1).isWord()) {
                runEnd++;
            }
            int limit = pending.get(runEnd).end();
            int end = terms.longestCompoundAt(text, first.start(), limit);
            // Never end inside a character cluster (before a Thai vowel or tone mark).
            if (end < 0 || end == first.end() || (end < text.length() && isMark(text.codePointAt(end)))) {
                merged.add(first);
                i++;
                continue;
            }
            String surface = text.substring(first.start(), end);
            List<String> parts = icuSegments(surface, 0, surface.length()).stream().filter(Token::isWord).map(Token::lexeme).toList();
            merged.add(new Token(Lexemes.of(surface), first.start(), end, parts.size() > 1 ? parts : List.of()));
            int next = i;
            while (next <= runEnd && pending.get(next).end() <= end) {
                next++;
            }
            if (next <= runEnd && pending.get(next).start() < end) {
                // The compound ended inside an ICU word: the rest of the run is read again without it.
                List<Token> spliced = new ArrayList<>(pending.subList(0, next));
                spliced.addAll(icuSegments(text, end, limit));
                spliced.addAll(pending.subList(runEnd + 1, pending.size()));
                pending = spliced;
            }
            i = next;
        }
        return merged;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
