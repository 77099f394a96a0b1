package dev.khao.search.text;

import dev.khao.article.body.ThaiWords;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The start of an article body as highlighting reads it (its first {@link BodySegments#SCANNED} characters, cut at
 * whitespace) and that text's ICU segments, stored together with its search row. Highlighting read the text from the
 * article instead: bodies are stored compressed, and the long cabinet summaries that rank high for common words had
 * 60 kB of their start decompressed by PostgreSQL and decoded from UTF-8 by the application, twenty per search: as
 * much PostgreSQL time as matching, for the slowest searches. Stored here uncompressed (EXTERNAL, V22), and compact:
 * a Thai letter takes one byte as in TIS-620, not three as in UTF-8.
 * <p>
 * Layout: the length of the segments (an unsigned varint), the segments ({@link BodySegments}), then the text, each
 * character one byte: ASCII as itself, the Thai block U+0E01–U+0E5B as 0xA1–0xFB, and any other UTF-16 unit as the
 * byte 0x80 followed by the unit's two bytes, high first.
 */
public final class BodyStart {

    private static final int THAI_FIRST = 0x0E01;
    private static final int THAI_LAST = 0x0E5B;
    /** Where the Thai block starts in the one-byte form: TIS-620's place for U+0E01. */
    private static final int THAI_BYTE_FIRST = 0xA1;
    private static final int ESCAPE = 0x80;

    private BodyStart() {
    }

    /** What highlighting scans of {@code body}: its first characters, cut at whitespace so the last word is whole. */
    public static String scanned(String body) {
        if (body == null || body.length() <= BodySegments.SCANNED) {
            return body;
        }
        int cut = BodySegments.SCANNED;
        while (cut > 0 && !Character.isWhitespace(body.charAt(cut))) {
            cut--;
        }
        return body.substring(0, cut);
    }

    /** The stored start of {@code body}, whose ICU segments are {@code icu}. */
    public static byte[] encode(String body, ThaiWords.Segments icu) {
        String text = scanned(body);
        byte[] segments = BodySegments.encode(icu);
        ByteArrayOutputStream out = new ByteArrayOutputStream(segments.length + text.length() + 8);
        int length = segments.length;
        while (length >= 0x80) {
            out.write((length & 0x7F) | 0x80);
            length >>>= 7;
        }
        out.write(length);
        out.write(segments, 0, segments.length);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ESCAPE) {
                out.write(c);
            } else if (c >= THAI_FIRST && c <= THAI_LAST) {
                out.write(c - THAI_FIRST + THAI_BYTE_FIRST);
            } else {
                out.write(ESCAPE);
                out.write(c >>> 8);
                out.write(c & 0xFF);
            }
        }
        return out.toByteArray();
    }

    /** The text and segments {@link #encode} stored; a value that does not read back whole is corrupt. */
    public static ThaiWords.Segments decode(byte[] stored) {
        int i = 0;
        int length = 0;
        int shift = 0;
        byte b;
        do {
            if (i == stored.length || shift > 28) {
                throw corrupt();
            }
            b = stored[i++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (length < 0 || length > stored.length - i) {
            throw corrupt();
        }
        byte[] segments = Arrays.copyOfRange(stored, i, i + length);
        char[] text = new char[stored.length - i - length];
        int count = 0;
        for (i += length; i < stored.length; i++) {
            int v = stored[i] & 0xFF;
            if (v < ESCAPE) {
                text[count++] = (char) v;
            } else if (v >= THAI_BYTE_FIRST && v <= THAI_BYTE_FIRST + THAI_LAST - THAI_FIRST) {
                text[count++] = (char) (v - THAI_BYTE_FIRST + THAI_FIRST);
            } else if (v == ESCAPE && i + 2 < stored.length) {
                text[count++] = (char) (((stored[i + 1] & 0xFF) << 8) | (stored[i + 2] & 0xFF));
                i += 2;
            } else {
                throw corrupt();
            }
        }
        String body = new String(text, 0, count);
        ThaiWords.Segments read = body.isEmpty() ? new ThaiWords.Segments(body, new int[0], new boolean[0]) : BodySegments.decode(body, segments);
        if (read == null) {
            throw corrupt();
        }
        return read;
    }

    private static IllegalStateException corrupt() {
        return new IllegalStateException("A stored body start does not read back: re-index the search documents");
    }
}
