package dev.khao.search.text;

import dev.khao.article.body.ThaiWords;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * ICU's segments of the start of an article body, stored with its search row: highlighting then cuts and matches on
 * them instead of segmenting the body again, which was a quarter of a search's application time. Each segment is one
 * unsigned varint, its length in UTF-16 units shifted left by one, the low bit set for a word.
 */
public final class BodySegments {

    /**
     * Characters of a body that highlighting scans (about 60 kB of Thai, longer than all but a few cabinet summaries),
     * so one huge article cannot slow a whole page down; segments are stored up to there.
     */
    public static final int SCANNED = 20_000;

    private BodySegments() {
    }

    /** The segments that start within the first {@link #SCANNED} characters, encoded. */
    public static byte[] encode(ThaiWords.Segments segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(segments.ends().length, SCANNED) * 2);
        int start = 0;
        for (int i = 0; i < segments.ends().length && start < SCANNED; i++) {
            int end = segments.ends()[i];
            long value = ((long) (end - start) << 1) | (segments.words()[i] ? 1 : 0);
            while (value >= 0x80) {
                out.write((int) (value & 0x7F) | 0x80);
                value >>>= 7;
            }
            out.write((int) value);
            start = end;
        }
        return out.toByteArray();
    }

    /**
     * The stored segments of {@code text} (a body, or its start), cut to its length; null when none are stored (a row
     * indexed before they were) or they do not fit the text, so the caller segments it itself.
     */
    public static ThaiWords.Segments decode(String text, byte[] stored) {
        if (text == null || stored == null) {
            return null;
        }
        int[] ends = new int[Math.min(stored.length, text.length()) + 1];
        boolean[] words = new boolean[ends.length];
        int count = 0;
        int end = 0;
        int i = 0;
        while (i < stored.length && end < text.length()) {
            long value = 0;
            int shift = 0;
            byte b;
            do {
                if (i == stored.length || shift > 35) {
                    return null;
                }
                b = stored[i++];
                value |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            long length = value >>> 1;
            if (length == 0) {
                return null;
            }
            end = (int) Math.min(text.length(), end + length);
            ends[count] = end;
            words[count++] = (value & 1) == 1;
        }
        // Stored up to the first SCANNED characters: a longer text than that is covered only that far.
        if (end < Math.min(text.length(), SCANNED)) {
            return null;
        }
        return new ThaiWords.Segments(end == text.length() ? text : text.substring(0, end), Arrays.copyOf(ends, count), Arrays.copyOf(words, count));
    }
}
