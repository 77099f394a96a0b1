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
        List<Token> icu = icuSegments(text);
        return terms.longestCompound() == 0 ? icu : merge(icu, terms);
    }

    private static List<Token> icuSegments(String text) {
        List<Token> segments = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return segments;
        }
        BreakIterator words = (BreakIterator) PROTOTYPE.clone();
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            // The status describes the segment that ends at this boundary; below the limit it is spaces or punctuation.
            boolean word = words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT && end - start <= Lexemes.MAX_LENGTH;
            segments.add(word ? Token.word(Lexemes.of(text.substring(start, end)), start, end) : Token.gap(start, end));
        }
        return segments;
    }

    /** Greedy longest match: from each word, the longest run of directly adjacent words that is a known compound. */
    private static List<Token> merge(List<Token> segments, Terms terms) {
        List<Token> merged = new ArrayList<>(segments.size());
        int i = 0;
        while (i < segments.size()) {
            Token first = segments.get(i);
            if (!first.isWord()) {
                merged.add(first);
                i++;
                continue;
            }
            StringBuilder run = new StringBuilder(first.lexeme());
            int best = -1;
            String bestLexeme = null;
            for (int j = i + 1; j < segments.size(); j++) {
                Token next = segments.get(j);
                // Adjacent words only: a gap (space, punctuation) between them ends the run.
                if (!next.isWord() || run.length() + next.lexeme().length() > terms.longestCompound()) {
                    break;
                }
                run.append(next.lexeme());
                if (terms.isCompound(run.toString())) {
                    best = j;
                    bestLexeme = run.toString();
                }
            }
            if (best < 0) {
                merged.add(first);
                i++;
            } else {
                List<String> parts = segments.subList(i, best + 1).stream().map(Token::lexeme).toList();
                merged.add(new Token(bestLexeme, first.start(), segments.get(best).end(), parts));
                i = best + 1;
            }
        }
        return merged;
    }
}
