package dev.khao.search.text;

import dev.khao.article.body.ThaiWords;
import dev.khao.support.TestData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyStartTest {

    @Test
    void readsBackACorpusBodyAndItsSegmentsInAThirdOfItsUtf8Bytes() {
        for (int i = 0; i < 12; i++) {
            String body = TestData.corpusArticle(i).get("body").asText();
            ThaiWords.Segments icu = ThaiWords.segments(body);
            byte[] stored = BodyStart.encode(body, icu);

            ThaiWords.Segments read = BodyStart.decode(stored);

            assertEquals(BodyStart.scanned(body), read.text(), "article " + i);
            ThaiWords.Segments expected = BodySegments.decode(read.text(), BodySegments.encode(icu));
            assertArrayEquals(expected.ends(), read.ends(), "article " + i);
            assertArrayEquals(expected.words(), read.words(), "article " + i);
            int utf8 = read.text().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(stored.length < utf8 / 2, "article " + i + ": " + stored.length + " bytes stored for " + utf8 + " in UTF-8");
        }
    }

    @Test
    void keepsEveryCharacterWhateverItsScript() {
        // ASCII, Thai from its first letter to its last sign, the unassigned code points between (kept as they are), Latin
        // with accents, typographic quotes, Lao next door, a character outside the BMP (a surrogate pair), NUL.
        String body = "ESCAP 2567: \u0e01\u0e3a\u0e3b\u0e3e\u0e3f\u0e5b \u0e00\u0e5c \"Café\" \u201cข่าว\u201d ລາວ 😀 \u0000 ครบ";

        ThaiWords.Segments read = BodyStart.decode(BodyStart.encode(body, ThaiWords.segments(body)));

        assertEquals(body, read.text());
    }

    @Test
    void storesALongBodyAsFarAsHighlightingScansCutAtWhitespace() {
        String body = "การประชุมคณะรัฐมนตรี ".repeat(3_000);

        ThaiWords.Segments read = BodyStart.decode(BodyStart.encode(body, ThaiWords.segments(body)));

        assertTrue(read.text().length() <= BodySegments.SCANNED && read.text().length() > BodySegments.SCANNED - 25, "scanned " + read.text().length());
        assertTrue(body.startsWith(read.text()) && Character.isWhitespace(body.charAt(read.text().length())));
        assertEquals(read.text().length(), read.ends()[read.ends().length - 1]);
    }

    @Test
    void refusesWhatItDidNotWrite() {
        byte[] stored = BodyStart.encode("รัฐบาลเร่งพัฒนา", ThaiWords.segments("รัฐบาลเร่งพัฒนา"));

        // Text its segments end before.
        byte[] longer = Arrays.copyOf(stored, stored.length + 3);
        longer[stored.length] = 'a';
        longer[stored.length + 1] = 'b';
        longer[stored.length + 2] = 'c';
        assertThrows(IllegalStateException.class, () -> BodyStart.decode(longer));
        // A byte the text form never uses, an escape cut short, segments longer than the value, nothing at all.
        byte[] unused = stored.clone();
        unused[unused.length - 1] = (byte) 0xFE;
        assertThrows(IllegalStateException.class, () -> BodyStart.decode(unused));
        byte[] escape = Arrays.copyOf(stored, stored.length + 2);
        escape[stored.length] = (byte) 0x80;
        assertThrows(IllegalStateException.class, () -> BodyStart.decode(escape));
        assertThrows(IllegalStateException.class, () -> BodyStart.decode(new byte[]{(byte) 0x7F, 1, 2}));
        assertThrows(IllegalStateException.class, () -> BodyStart.decode(new byte[0]));
    }
}
