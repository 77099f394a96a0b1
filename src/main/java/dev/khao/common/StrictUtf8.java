package dev.khao.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that bytes are well-formed UTF-8 (Unicode's table 3-7): no overlong forms, no surrogates, nothing above
 * U+10FFFF, no sequence cut short. Jackson decodes an overlong {@code C0 AF} as {@code /} without complaint, so bodies
 * and import lines are checked before it reads them. Fed in pieces, since a sequence may span two reads.
 */
public final class StrictUtf8 {

    /** Why bytes were refused; its message names the offset of the first bad byte, from 0 at the start of what was checked. */
    public static final class Malformed extends IOException {
        Malformed(long offset) {
            super("not valid UTF-8 at byte offset " + offset, null);
        }
    }

    private long offset;
    private int need;
    private int low = 0x80;
    private int high = 0xBF;

    /** Whether {@code bytes} are well-formed UTF-8 as a whole. */
    public static boolean isValid(byte[] bytes) {
        StrictUtf8 check = new StrictUtf8();
        try {
            check.accept(bytes, 0, bytes.length);
            check.end();
            return true;
        } catch (Malformed e) {
            return false;
        }
    }

    /** An input stream that fails with {@link Malformed} where the bytes it passes on stop being UTF-8. */
    public static InputStream checking(InputStream in) {
        StrictUtf8 check = new StrictUtf8();
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b < 0) {
                    check.end();
                } else {
                    check.step(b, check.offset++);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                if (n < 0) {
                    check.end();
                } else {
                    check.accept(buffer, off, n);
                }
                return n;
            }
        };
    }

    public void accept(byte[] bytes, int from, int length) throws Malformed {
        int end = from + length;
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (need != 0 || b >= 0x80) {
                step(b, offset + i - from);
            }
        }
        offset += length;
    }

    /** One byte at offset {@code at}; ASCII outside a sequence needs no step. */
    private void step(int b, long at) throws Malformed {
        if (need == 0) {
            if (b >= 0x80) {
                lead(b, at);
            }
        } else {
            if (b < low || b > high) {
                throw new Malformed(at);
            }
            need--;
            low = 0x80;
            high = 0xBF;
        }
    }

    /** The end of the bytes: a sequence still open there was cut short. */
    public void end() throws Malformed {
        if (need > 0) {
            throw new Malformed(offset);
        }
    }

    private void lead(int b, long at) throws Malformed {
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;   // E0 80..9F would be overlong
            high = b == 0xED ? 0x9F : 0xBF;  // ED A0..BF would be a surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            low = b == 0xF0 ? 0x90 : 0x80;   // F0 80..8F would be overlong
            high = b == 0xF4 ? 0x8F : 0xBF;  // F4 90.. would pass U+10FFFF
        } else {
            // 80..BF cannot start a character, C0 and C1 only start overlong forms, F5..FF nothing at all
            throw new Malformed(at);
        }
    }
}
