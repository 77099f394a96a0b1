package dev.khao.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream one line at a time as raw bytes (for the JSON parser, which decodes UTF-8 itself), never holding
 * more than one line: a line longer than the limit is skipped to its end and reported as too long.
 */
final class NdjsonReader {

    /** One line: its 1-based number and its bytes without the line ending, or {@code null} bytes if it was too long. */
    record Line(long number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }

        boolean isBlank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long number;
    private byte[] line = new byte[16 * 1024];
    private int length;

    NdjsonReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    return finish(tooLong);
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                int chunk = position - start;
                if (length + chunk > maxLineBytes) {
                    tooLong = true;
                    length = 0;
                } else {
                    append(start, chunk);
                }
            }
            if (position < limit) {
                position++; // the newline
                return finish(tooLong);
            }
        }
    }

    private Line finish(boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return new Line(number, Arrays.copyOf(line, end));
    }

    private void append(int start, int chunk) {
        if (length + chunk > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
        }
        System.arraycopy(buffer, start, line, length, chunk);
        length += chunk;
    }
}
