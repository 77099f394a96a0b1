package dev.khao.search.text;

import dev.khao.article.body.ThaiWords;
import dev.khao.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodySegmentsTest {

    @Test
    void readsBackTheSegmentsOfACorpusBody() {
        String body = TestData.corpusArticle(0).get("body").asText();
        ThaiWords.Segments icu = ThaiWords.segments(body);

        ThaiWords.Segments stored = BodySegments.decode(body, BodySegments.encode(icu));

        assertArrayEquals(icu.ends(), stored.ends());
        assertArrayEquals(icu.words(), stored.words());
    }

    @Test
    void storesALongBodyOnlyAsFarAsHighlightingScans() {
        String body = "การประชุมคณะรัฐมนตรี ".repeat(3_000);
        ThaiWords.Segments icu = ThaiWords.segments(body);
        byte[] encoded = BodySegments.encode(icu);

        ThaiWords.Segments stored = BodySegments.decode(body, encoded);
        int covered = stored.ends()[stored.ends().length - 1];
        assertTrue(covered >= BodySegments.SCANNED && covered < body.length(), "covered " + covered);
        assertArrayEquals(Arrays.copyOf(icu.ends(), stored.ends().length), stored.ends());
        assertTrue(encoded.length < BodySegments.SCANNED / 2, "one or two bytes per segment: " + encoded.length);
    }

    @Test
    void refusesSegmentsThatDoNotFitTheText() {
        byte[] encoded = BodySegments.encode(ThaiWords.segments("รัฐบาลเร่งพัฒนา"));

        assertNull(BodySegments.decode("รัฐบาลเร่งพัฒนาโครงสร้างพื้นฐาน", encoded));
        assertNull(BodySegments.decode("รัฐบาล", new byte[]{(byte) 0x80}));
        assertNull(BodySegments.decode("รัฐบาล", null));
    }
}
