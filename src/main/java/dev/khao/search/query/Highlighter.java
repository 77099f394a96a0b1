package dev.khao.search.query;

import com.ibm.icu.text.Normalizer2;
import dev.khao.article.body.ThaiWords;
import dev.khao.common.CombiningMarks;
import dev.khao.search.text.BodySegments;
import dev.khao.search.text.BodyStart;
import dev.khao.search.text.Lexemes;
import dev.khao.search.text.Terms;
import dev.khao.search.text.ThaiSegmenter;
import dev.khao.search.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Snippets of an article's own text around what a query matched, with matched words wrapped in
 * {@code <mark>…</mark>} and everything else HTML-escaped. Matching uses the same segmentation and
 * normalisation as indexing, and snippets are cut only at segment edges, so a Thai word or a character
 * cluster is never split.
 */
public final class Highlighter {

    /** Target snippet length in characters. */
    static final int SNIPPET_LENGTH = 160;
    /** Context kept before the first match of a snippet. */
    private static final int CONTEXT_BEFORE = 40;
    private static final int MAX_SNIPPETS = 2;
    private static final String ELLIPSIS = "…";
    /** Texts up to this long (titles) are segmented whole; longer ones only around the places a pattern may match. */
    private static final int SEGMENTED_WHOLE = 400;
    /** Characters segmented before a possible match: a snippet's context before it, and room for ICU to find its words. */
    private static final int REGION_BEFORE = 60;
    /** Characters segmented after a possible match: the rest of a snippet and a phrase's later words. */
    private static final int REGION_AFTER = 150;
    /** How far a region's edge moves outwards to reach whitespace. */
    private static final int EDGE_REACH = 40;
    /** Places looked at per pattern and in all; two snippets come from the best of them. */
    private static final int MAX_REGIONS = 4;
    /** Times the next places are looked at when none of the last ones held a match. */
    private static final int MAX_ROUNDS = 4;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private Highlighter() {
    }

    private record Span(int start, int end) {
    }

    private record Window(int start, int end, int matches) {
    }

    /** Segments of a text, and where to look for further places (-1: none left, or the whole text was segmented). */
    private record Segmented(List<Token> tokens, int resumeAt) {
        static Segmented whole(List<Token> tokens) {
            return new Segmented(tokens, -1);
        }

        List<Token> words() {
            return tokens.stream().filter(Token::isWord).toList();
        }
    }

    /**
     * A query's highlight patterns (each a sequence of lexemes), prepared once for all the hits of a search: a query
     * naming a common word has dozens of compound patterns, and working out per hit which words they start with, what
     * to look for and whether they have letter case was about a tenth of highlighting's profile samples.
     */
    public static final class Patterns {
        private final Map<String, List<List<String>>> byFirst = new HashMap<>();
        /** Per pattern, what a text writes where it may match: the whole phrase unspaced, spaced, then its longest word. */
        private final List<List<String>> written = new ArrayList<>();
        /** Per pattern, its longest word: it matches only where that is written. */
        private final List<String> longest = new ArrayList<>();
        /** Whether a text must be lower-cased to find the words. */
        private final boolean cased;

        private Patterns(List<List<String>> patterns) {
            for (List<String> pattern : patterns) {
                byFirst.computeIfAbsent(pattern.get(0), k -> new ArrayList<>()).add(pattern);
                String first = pattern.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
                longest.add(first);
                written.add(pattern.size() == 1 ? List.of(first) : List.of(String.join("", pattern), String.join(" ", pattern), first));
            }
            cased = patterns.stream().flatMap(List::stream).anyMatch(Highlighter::hasLetterCase);
        }

        /** Patterns in the order places are looked for: a query's wanted phrase first, then other names and compounds. */
        public static Patterns of(List<List<String>> patterns) {
            return new Patterns(patterns);
        }
    }

    /**
     * Up to two snippets: from the body where it matched best, else from the title; empty when neither matched. The
     * body is cut on its stored ICU segments ({@link BodySegments}) when given and they fit it, else segmented here.
     */
    public static List<String> snippets(String title, String body, byte[] bodySegments, Patterns patterns, Terms terms) {
        String scanned = BodyStart.scanned(body);
        return snippets(title, scanned, BodySegments.decode(scanned, bodySegments), patterns, terms);
    }

    /** The same snippets, from a body's stored start ({@link BodyStart}): the text scanned and its ICU segments. */
    public static List<String> snippets(String title, ThaiWords.Segments bodyStart, Patterns patterns, Terms terms) {
        return snippets(title, bodyStart.text(), bodyStart, patterns, terms);
    }

    private static List<String> snippets(String title, String scanned, ThaiWords.Segments icu, Patterns patterns, Terms terms) {
        List<String> snippets = new ArrayList<>(fieldSnippets(scanned, icu, patterns, terms, MAX_SNIPPETS));
        if (snippets.size() < MAX_SNIPPETS) {
            snippets.addAll(0, fieldSnippets(title, null, patterns, terms, 1));
        }
        return List.copyOf(snippets);
    }

    private static List<String> fieldSnippets(String text, ThaiWords.Segments icu, Patterns patterns, Terms terms, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // Thai has no case: lower-casing a long Thai body only to find Thai words in it was a large part of a search.
        String lower = patterns.cased ? Lexemes.lowerCase(text) : text;
        Segmented segmented = segments(text, icu, lower, patterns, terms, 0);
        List<Span> spans = matches(segmented.words(), patterns);
        // The places looked at may all hold the word inside longer ones (ตา in ตาม): look at the next ones, a few times.
        for (int round = 1; spans.isEmpty() && segmented.resumeAt() >= 0 && round < MAX_ROUNDS; round++) {
            segmented = segments(text, icu, lower, patterns, terms, segmented.resumeAt());
            spans = matches(segmented.words(), patterns);
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        List<Token> segments = segmented.tokens();
        int[] boundaries = new int[segments.size() + 1];
        for (int i = 0; i < segments.size(); i++) {
            boundaries[i] = segments.get(i).start();
        }
        boundaries[segments.size()] = text.length();

        List<Window> candidates = new ArrayList<>();
        for (Span anchor : spans) {
            candidates.add(window(text.length(), anchor, spans, boundaries));
        }
        candidates.sort(Comparator.comparingInt(Window::matches).reversed().thenComparingInt(Window::start));
        List<Window> chosen = new ArrayList<>();
        for (Window candidate : candidates) {
            if (chosen.size() == max) {
                break;
            }
            if (chosen.stream().noneMatch(w -> candidate.start() < w.end() && w.start() < candidate.end())) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Window::start));
        List<Span> found = spans;
        return chosen.stream().map(w -> render(text, w, found)).toList();
    }

    /**
     * The segments of a long text only around where a pattern's longest word is written (in lower case), each region
     * cut at whitespace: segmenting whole bodies of 20 hits was most of a search's time, cabinet summaries being
     * hundreds of thousands of characters. A short text (a title) is segmented whole, if it writes such a word at all.
     * Matches are still decided on segments, so ตา is not found inside ตาม. A text where no such word is written
     * literally has no snippet, unless folding may have hidden it (an accent folded away, a case change that alters
     * length): then it is segmented whole. Places are looked for from {@code from} on; the answer says where the next
     * ones start, for when none of these held a match. {@code lower} is the text lower-cased when a pattern has letter
     * case, else the text itself. {@code icu} are the text's stored ICU segments, or null: then it is segmented here.
     */
    private static Segmented segments(String text, ThaiWords.Segments icu, String lower, Patterns patterns, Terms terms, int from) {
        if (lower.length() != text.length()) {
            return Segmented.whole(whole(text, icu, terms));
        }
        if (text.length() <= SEGMENTED_WHOLE) {
            // A pattern matches only where its longest word is written; most titles of a page write none of them.
            boolean written = patterns.longest.stream().anyMatch(lower::contains);
            return Segmented.whole(written || !writtenAsIndexed(lower) ? whole(text, icu, terms) : List.of());
        }
        List<int[]> regions = new ArrayList<>();
        // Needles whose every occurrence was found: one containing them occurs only where they do, so it adds no place.
        List<String> exhausted = new ArrayList<>();
        // Past the furthest place looked at, if some needle may be written again (a later round starts there).
        int furthest = -1;
        boolean more = false;
        for (List<String> written : patterns.written) {
            // Patterns come wanted phrase first, then other names and compounds: the first places found are enough for
            // two snippets, and a common word's dozens of compounds would otherwise each add places to segment.
            if (regions.size() >= MAX_REGIONS) {
                break;
            }
            // The whole phrase as Thai writes it (no spaces) or as Latin does (spaced) is rarest; failing that, its longest
            // word: the pieces of a split word (การ|ส่ง|ออก) are common words that would use up the places looked at.
            for (String needle : written) {
                if (exhausted.stream().anyMatch(needle::contains)) {
                    continue;
                }
                int found = 0;
                int at = lower.indexOf(needle, from);
                // Places at least a snippet apart, so a word written several times in one sentence still leaves room
                // for a second snippet elsewhere.
                int last = -SNIPPET_LENGTH;
                for (; at >= 0 && found < MAX_REGIONS; at = lower.indexOf(needle, at + needle.length())) {
                    if (at < last + SNIPPET_LENGTH) {
                        continue;
                    }
                    regions.add(new int[]{edge(text, at - REGION_BEFORE, -1), edge(text, at + needle.length() + REGION_AFTER, 1)});
                    last = at;
                    furthest = Math.max(furthest, at + 1);
                    found++;
                }
                if (at < 0) {
                    exhausted.add(needle);
                } else {
                    more = true;
                }
                if (found > 0) {
                    break;
                }
            }
        }
        if (regions.isEmpty()) {
            // Matched elsewhere (title, tags, an entity link): no snippet here, unless folding could hide the word.
            return Segmented.whole(from > 0 || writtenAsIndexed(lower) ? List.of() : whole(text, icu, terms));
        }
        regions.sort(Comparator.comparingInt(r -> r[0]));
        List<Token> segments = new ArrayList<>();
        int coveredTo = 0;
        for (int[] region : regions) {
            int start = Math.max(region[0], coveredTo);
            if (start >= region[1]) {
                continue;
            }
            if (icu != null) {
                // Stored segments widen a region to whole segments, which may reach into the last one.
                for (Token t : ThaiSegmenter.segments(text, icu, start, region[1], terms)) {
                    if (t.start() >= coveredTo) {
                        segments.add(t);
                        coveredTo = t.end();
                    }
                }
                continue;
            }
            for (Token t : ThaiSegmenter.segments(text.substring(start, region[1]), terms)) {
                segments.add(new Token(t.lexeme(), t.start() + start, t.end() + start, t.parts()));
            }
            coveredTo = region[1];
        }
        // Needles not looked for at all this round (the places were used up) resume from the furthest place too.
        return new Segmented(segments, more || regions.size() >= MAX_REGIONS ? furthest : -1);
    }

    private static List<Token> whole(String text, ThaiWords.Segments icu, Terms terms) {
        return icu != null ? ThaiSegmenter.segments(text, icu, 0, text.length(), terms) : ThaiSegmenter.segments(text, terms);
    }

    /**
     * Whether every word of this (lower-cased) text is written as its lexeme, so a pattern word found nowhere in it
     * literally cannot match: its letters, digits and marks are ASCII or Thai, in NFC (spaces, punctuation and symbols
     * of any block are never part of a word). Accented Latin (café for cafe) and other scripts fold in ways a literal
     * search misses.
     */
    private static boolean writtenAsIndexed(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c > 0x7F && (c < 0x0E00 || c > 0x0E7F) && (Character.isLetterOrDigit(c) || CombiningMarks.isMark(c) || Character.isSurrogate(c))) {
                return false;
            }
        }
        return Lexemes.asciiOrThaiInNfc(lower) || NFC.isNormalized(lower);
    }

    /** Whether a pattern word has letters with case (Latin, Greek, Cyrillic…), so the text must be lower-cased to find it. */
    private static boolean hasLetterCase(String word) {
        return word.codePoints().anyMatch(c -> Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c));
    }

    /** {@code at}, clamped to the text and moved outwards ({@code direction}) to whitespace if some is near. */
    private static int edge(String text, int at, int direction) {
        int clamped = Math.max(0, Math.min(text.length(), at));
        for (int i = clamped, k = 0; i > 0 && i < text.length() && k < EDGE_REACH; i += direction, k++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return clamped;
    }

    /** Where the patterns occur: at each word, the longest pattern that starts there. */
    private static List<Span> matches(List<Token> words, Patterns patterns) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int longest = 0;
            // By first word: a query naming a common word has dozens of compound patterns, tried at every word otherwise.
            for (List<String> pattern : patterns.byFirst.getOrDefault(words.get(i).lexeme(), List.of())) {
                if (pattern.size() > longest && i + pattern.size() <= words.size() && matchesAt(words, i, pattern)) {
                    longest = pattern.size();
                }
            }
            if (longest > 0) {
                spans.add(new Span(words.get(i).start(), words.get(i + longest - 1).end()));
                i += longest;
            } else {
                i++;
            }
        }
        return spans;
    }

    private static boolean matchesAt(List<Token> words, int at, List<String> pattern) {
        for (int k = 0; k < pattern.size(); k++) {
            if (!words.get(at + k).lexeme().equals(pattern.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** About {@link #SNIPPET_LENGTH} characters starting a little before the anchor, snapped inwards to segment edges. */
    private static Window window(int length, Span anchor, List<Span> spans, int[] boundaries) {
        int start = Math.max(0, anchor.start() - CONTEXT_BEFORE);
        int end = Math.min(length, start + SNIPPET_LENGTH);
        // Near the end of the text, use the room before the anchor instead.
        start = Math.max(0, Math.min(start, end - SNIPPET_LENGTH));
        start = Math.min(ceiling(boundaries, start), anchor.start());
        end = Math.max(floor(boundaries, end), anchor.end());
        int matches = 0;
        for (Span span : spans) {
            if (span.start() >= start && span.end() <= end) {
                matches++;
            }
        }
        return new Window(start, end, matches);
    }

    private static String render(String text, Window window, List<Span> spans) {
        int start = window.start();
        int end = window.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append(ELLIPSIS);
        }
        int at = start;
        for (Span span : spans) {
            if (span.start() >= start && span.end() <= end) {
                escape(text, at, span.start(), out);
                out.append("<mark>");
                escape(text, span.start(), span.end(), out);
                out.append("</mark>");
                at = span.end();
            }
        }
        escape(text, at, end, out);
        if (end < text.length()) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    private static int ceiling(int[] sorted, int value) {
        int i = java.util.Arrays.binarySearch(sorted, value);
        return i >= 0 ? sorted[i] : sorted[Math.min(-i - 1, sorted.length - 1)];
    }

    private static int floor(int[] sorted, int value) {
        int i = java.util.Arrays.binarySearch(sorted, value);
        return i >= 0 ? sorted[i] : sorted[Math.max(-i - 2, 0)];
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
