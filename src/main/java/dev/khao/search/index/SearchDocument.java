package dev.khao.search.index;

import dev.khao.article.body.ThaiWords;
import dev.khao.search.text.BodyStart;
import dev.khao.search.text.Terms;
import dev.khao.search.text.ThaiSegmenter;
import dev.khao.search.text.Token;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds an article's search document as a {@code tsvector} literal ({@code 'ชัยวุฒิ':1A 'โชว์':2A …}) from
 * our own segmentation, since PostgreSQL's parser sees a run of Thai letters as one word. Weights: title A;
 * subtitle, summary, tags, section and entity names B; body C. Fields, paragraphs and names are separated by a
 * gap in positions so a phrase never matches across them.
 *
 * <p>Every two Thai words at consecutive positions are also indexed as one pair lexeme ({@link #pair}), at the first
 * word's position: a query word ICU splits (นายกรัฐมนตรี → นายก|รัฐมนตรี) then becomes one GIN lookup instead of a
 * phrase, which PostgreSQL can only check by reading every candidate's whole document.
 */
public final class SearchDocument {

    /** PostgreSQL's largest position; later words share it (they still match as words, not reliably as phrases). */
    static final int MAX_POSITION = 16383;
    /** PostgreSQL keeps at most this many positions per lexeme. */
    static final int MAX_POSITIONS_PER_LEXEME = 256;
    /** A tsvector is at most 1 MB; new lexemes stop well before, so a huge body can never fail a write. */
    static final int MAX_ESTIMATED_BYTES = 700_000;
    /**
     * New pair lexemes stop earlier, so the words of a huge body keep their room: past this, its words still match
     * one by one, and a split word there is found only where ICU reads it the same way as in the query.
     */
    static final int MAX_PAIR_BYTES = 500_000;

    /** Marks the articles linked to an entity, so an entity query finds them even when the text never names it. */
    public static String entityMarker(UUID entity) {
        return "ent:" + entity;
    }

    /** Marks the articles carrying a tag, so they can be found again when the tag is deleted. */
    public static String tagMarker(UUID tag) {
        return "tag:" + tag;
    }

    /** Marks the articles in a section, so they can be found again when the section is deleted. */
    public static String sectionMarker(UUID section) {
        return "sec:" + section;
    }

    /**
     * The lexeme of two words standing next to each other: a space, then 60 bits of a hash of both words in base32.
     * The space makes it a lexeme no segmented word can be (words never contain one); queries build the same lexeme
     * from the pieces of a split word. A pair is hashed because pairs are most of a document (about 400 of its 650
     * lexemes): spelled out in Thai, a pair took 20–30 bytes of UTF-8 against 13 hashed, and every byte was
     * compressed, written to the WAL and parsed again with each import. Two pairs share a lexeme only by a hash
     * collision, about one chance in 10^11 for a query's pair on a corpus of ten million distinct pairs. A collision
     * adds candidates, never loses one: for three parts and more the hits shown are checked against the exact phrase,
     * but a word of two parts is its pair alone, so there such a candidate would be shown.
     */
    public static String pair(String first, String second) {
        long hash = PAIR_HASH_BASIS;
        for (int i = 0; i < first.length(); i++) {
            hash = (hash ^ first.charAt(i)) * PAIR_HASH_PRIME;
        }
        // A separator, so that (ab, c) and (a, bc) differ
        hash = (hash ^ ' ') * PAIR_HASH_PRIME;
        for (int i = 0; i < second.length(); i++) {
            hash = (hash ^ second.charAt(i)) * PAIR_HASH_PRIME;
        }
        // FNV-1a's low bits depend only on the characters' low bits (a product carries upward only), and the letters
        // come from the low bits: MurmurHash3's finaliser mixes every bit into all of them first
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        char[] lexeme = new char[1 + PAIR_HASH_CHARS];
        lexeme[0] = ' ';
        for (int i = 1; i <= PAIR_HASH_CHARS; i++) {
            lexeme[i] = BASE32[(int) (hash & 31)];
            hash >>>= 5;
        }
        return new String(lexeme);
    }

    /** FNV-1a's 64-bit offset basis and prime: a pair's hash must never change, or stored documents stop matching. */
    private static final long PAIR_HASH_BASIS = 0xcbf29ce484222325L;
    private static final long PAIR_HASH_PRIME = 0x100000001b3L;
    private static final int PAIR_HASH_CHARS = 12;
    /** Lower case only, so no case folding anywhere can change a pair lexeme. */
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    /** Whether a pair of these words is indexed: both words written in Thai, where words run together unspaced. */
    public static boolean pairs(String first, String second) {
        return isThai(first) && isThai(second);
    }

    private static boolean isThai(String lexeme) {
        for (int i = 0; i < lexeme.length(); i++) {
            char c = lexeme.charAt(i);
            if (c >= '\u0e01' && c <= '\u0e5b') {
                return true;
            }
        }
        return false;
    }

    private static final int GAP = 2;

    /**
     * Body words that go into the lead document after the title, subtitle, summary and names: about the first
     * paragraphs, where a news story says what it is about.
     */
    static final int LEAD_BODY_WORDS = 80;

    /**
     * A lead stops growing here, whatever is left of its fields: below PostgreSQL's TOAST threshold (about 2 KB a row)
     * it stays uncompressed in its row, and ranking reads it without decompressing. Leads of 5 KB made decompression
     * most of the ranking's time.
     */
    static final int MAX_LEAD_BYTES = 1_800;

    /**
     * An article's two tsvector literals: the whole {@code document} every search matches against (GIN-indexed), and
     * its {@code lead} (everything but the body after {@link #LEAD_BODY_WORDS} words, and no markers) that relevance is
     * computed from. Ranking reads one document per candidate; whole documents are TOASTed and tens of kilobytes for
     * press releases, so ranking a few hundred of them took most of a search's time, while a lead stays in its row.
     * With them, the start of the body highlights are taken from, with its ICU segments ({@link BodyStart}; null without
     * a body).
     */
    public record Built(String document, String lead, byte[] bodyStart) {
    }

    private final Terms terms;
    private final Map<String, Positions> positions = new LinkedHashMap<>(1024);
    private final Map<String, Positions> leadPositions = new LinkedHashMap<>(256);
    private int position;
    private int estimatedBytes;
    private int leadEstimatedBytes;
    /** Body words the lead still takes; negative while the body has not started (everything before it is lead). */
    private int leadBodyWords = -1;
    private boolean markers;
    private byte[] bodyStart;

    private SearchDocument(Terms terms) {
        this.terms = terms;
    }

    /** The tsvector literal of an article's whole document. */
    public static String of(IndexedArticle article, Terms terms) {
        return build(article, terms).document();
    }

    /** Both tsvector literals of an article, from one segmentation of its text. */
    public static Built build(IndexedArticle article, Terms terms) {
        SearchDocument doc = new SearchDocument(terms);
        doc.field(article.title(), 'A');
        doc.field(article.subtitle(), 'B');
        doc.field(article.summary(), 'B');
        for (IndexedArticle.Named tag : article.tags()) {
            doc.field(tag.name(), 'B');
        }
        doc.field(article.sectionName(), 'B');
        for (Terms.EntityNames entity : article.entities()) {
            for (String name : entity.names()) {
                doc.field(name, 'B');
            }
        }
        for (Terms.EntityNames entity : article.entities()) {
            doc.add(entityMarker(entity.id()), 'B');
        }
        doc.markers = true;
        for (IndexedArticle.Named tag : article.tags()) {
            doc.add(tagMarker(tag.id()), 'D');
        }
        if (article.sectionId() != null) {
            doc.add(sectionMarker(article.sectionId()), 'D');
        }
        doc.markers = false;
        doc.position += GAP;
        doc.leadBodyWords = LEAD_BODY_WORDS;
        doc.body(article.bodyText());
        return new Built(literal(doc.positions), literal(doc.leadPositions), doc.bodyStart);
    }

    private void field(String text, char weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        String previous = null;
        int previousAt = 0;
        for (Token word : ThaiSegmenter.words(text, terms)) {
            add(word.lexeme(), weight);
            if (previous != null && pairs(previous, word.lexeme())) {
                record(pair(previous, word.lexeme()), previousAt, weight, MAX_PAIR_BYTES);
            }
            previous = word.lexeme();
            previousAt = position;
        }
        position += GAP;
    }

    /**
     * The body as one text, so it is segmented once (an article write has just segmented the same text to count its
     * words, see ThaiWords): its paragraphs are told apart by the blank lines between their words, with a gap in
     * positions as between fields. ICU never joins words across a line break, so the words are those of each
     * paragraph segmented on its own.
     */
    private void body(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        ThaiWords.Segments icu = ThaiSegmenter.icu(text);
        bodyStart = BodyStart.encode(text, icu);
        String previous = null;
        int previousAt = 0;
        int previousEnd = 0;
        for (Token word : ThaiSegmenter.words(text, icu, terms)) {
            if (previous != null && blankLine(text, previousEnd, word.start())) {
                position += GAP;
                previous = null;
            }
            add(word.lexeme(), 'C');
            if (previous != null && pairs(previous, word.lexeme())) {
                record(pair(previous, word.lexeme()), previousAt, 'C', MAX_PAIR_BYTES);
            }
            previous = word.lexeme();
            previousAt = position;
            previousEnd = word.end();
        }
    }

    /** Whether {@code text[from, to)} holds a blank line: two line breaks with nothing but whitespace between them. */
    private static boolean blankLine(String text, int from, int to) {
        boolean afterBreak = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (afterBreak) {
                    return true;
                }
                afterBreak = true;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\u000B') {
                afterBreak = false;
            }
        }
        return false;
    }

    private void add(String lexeme, char weight) {
        position = Math.min(position + 1, MAX_POSITION);
        if (leadBodyWords > 0 && !markers) {
            leadBodyWords--;
        }
        record(lexeme, position, weight, MAX_ESTIMATED_BYTES);
    }

    private void record(String lexeme, int position, char weight, int maxBytes) {
        estimatedBytes = record(positions, estimatedBytes, lexeme, position, weight, maxBytes);
        if (leadBodyWords != 0 && !markers) {
            leadEstimatedBytes = record(leadPositions, leadEstimatedBytes, lexeme, position, weight, MAX_LEAD_BYTES);
        }
    }

    /** Adds a position to {@code into} unless it would grow past {@code maxBytes}; answers its new estimated size. */
    private static int record(Map<String, Positions> into, int estimatedBytes, String lexeme, int position, char weight, int maxBytes) {
        Positions at = into.get(lexeme);
        if (at == null) {
            int bytes = utf8Length(lexeme) + 8;
            if (estimatedBytes + bytes > maxBytes) {
                return estimatedBytes;
            }
            estimatedBytes += bytes;
            at = new Positions();
            into.put(lexeme, at);
        }
        if (at.size < MAX_POSITIONS_PER_LEXEME && (at.size == 0 || at.last() != position)) {
            at.add(position, weight);
            estimatedBytes += 2;
        }
        return estimatedBytes;
    }

    /** Bytes of {@code text} in UTF-8, counted without encoding it: this runs for every new lexeme of every article. */
    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                // Lone surrogates are encoded as '?' by String.getBytes; the estimate need not be exact for them.
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String literal(Map<String, Positions> positions) {
        StringBuilder out = new StringBuilder();
        positions.forEach((lexeme, at) -> {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            quote(lexeme, out).append(':');
            for (int i = 0; i < at.size; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(at.positions[i]);
                if (at.weights[i] != 'D') {
                    out.append(at.weights[i]);
                }
            }
        });
        return out.toString();
    }

    /** A lexeme's positions and their weights, in the order written; arrays, since a body records thousands. */
    private static final class Positions {
        private int[] positions = new int[2];
        private char[] weights = new char[2];
        private int size;

        int last() {
            return positions[size - 1];
        }

        void add(int position, char weight) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            positions[size] = position;
            weights[size++] = weight;
        }
    }

    /** A lexeme as a quoted tsvector/tsquery literal: quotes and backslashes escaped. */
    public static StringBuilder quote(String lexeme, StringBuilder out) {
        out.append('\'');
        for (int i = 0; i < lexeme.length(); i++) {
            char c = lexeme.charAt(i);
            if (c == '\'' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('\'');
    }
}
