package dev.khao.common;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictUtf8Test {

    /** Hands out one byte per read, so every sequence is split across reads. */
    private static InputStream trickling(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new InputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int off, int len) {
                return in.read(buffer, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void thaiEmojiAndAccentsPassEvenWhenEachByteArrivesAlone() throws IOException {
        byte[] text = "ข่าว café 😀 ESCAP เอสแคป".getBytes(StandardCharsets.UTF_8);
        assertTrue(StrictUtf8.isValid(text));
        assertArrayEquals(text, StrictUtf8.checking(trickling(text)).readAllBytes());
        // read() one byte at a time takes the same path
        InputStream oneByOne = StrictUtf8.checking(new ByteArrayInputStream(text));
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        for (int b = oneByOne.read(); b >= 0; b = oneByOne.read()) {
            read.write(b);
        }
        assertArrayEquals(text, read.toByteArray());
        InputStream broken = StrictUtf8.checking(new ByteArrayInputStream(new byte[] {'a', (byte) 0xC0, (byte) 0xAF}));
        broken.read();
        StrictUtf8.Malformed malformed = assertThrows(StrictUtf8.Malformed.class, broken::read);
        assertEquals("not valid UTF-8 at byte offset 1", malformed.getMessage());
    }

    @Test
    void overlongFormsSurrogatesAndCodePointsPastTheLastAreRefused() {
        for (int[] bytes : new int[][] {{0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xF0, 0x80, 0x80, 0xAF},
                {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0x80}, {0xFF}}) {
            byte[] raw = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                raw[i] = (byte) bytes[i];
            }
            assertFalse(StrictUtf8.isValid(raw), java.util.Arrays.toString(bytes));
        }
    }

    @Test
    void aSequenceCutShortAtTheEndIsRefusedWithItsOffset() {
        byte[] cut = {'a', 'b', (byte) 0xE0, (byte) 0xB8};
        assertFalse(StrictUtf8.isValid(cut));
        StrictUtf8.Malformed malformed = assertThrows(StrictUtf8.Malformed.class, () -> StrictUtf8.checking(trickling(cut)).readAllBytes());
        assertEquals("not valid UTF-8 at byte offset 4", malformed.getMessage());
    }
}
