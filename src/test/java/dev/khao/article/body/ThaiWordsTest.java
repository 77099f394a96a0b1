package dev.khao.article.body;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class ThaiWordsTest {

    @Test
    void countsThaiWordsWrittenWithoutSpaces() {
        int words = ThaiWords.count("ลดช่องว่างการเข้าถึงดิจิทัล");

        assertTrue(words >= 4, "expected at least 4 words, got " + words);
        assertTrue(ThaiWords.count(ArticleBodyTest.DIGITAL_TRANSITION) >= 3);
    }

    @Test
    void countsEnglishWordsAndNumbers() {
        assertEquals(5, ThaiWords.count("Asia – Pacific Digital Ministerial Conference"));
        assertEquals(5, ThaiWords.count("Quarkus 3.33 released in 2024."));
        assertEquals(3, ThaiWords.count("don't pay 1,000.50"));
    }

    @Test
    void countsMixedThaiEnglishAndNumbersPartByPart() {
        assertEquals(ThaiWords.count("ข่าว") + 2 + 1 + ThaiWords.count("ดิจิทัล") + 1,
                ThaiWords.count("ข่าว Digital Economy 2567 ดิจิทัล ๒๕๖๗"));

        int words = ThaiWords.count(ArticleBodyTest.THAI_PARAGRAPH);
        // 13 space-separated words, most of them Thai phrases of several dictionary words each.
        assertTrue(words > 25 && words < 50, "got " + words);
    }

    @Test
    void punctuationAndSpacesAreNotWords() {
        assertEquals(0, ThaiWords.count("  — … !? “” ( ) , . ๏ ๚ ๛ \t\n"));
        assertEquals(0, ThaiWords.count(""));
        assertEquals(0, ThaiWords.count(null));
    }

    @Test
    void countsTheSameFromManyThreads() {
        int expected = ThaiWords.count(ArticleBodyTest.THAI_PARAGRAPH);

        assertArrayEquals(new int[] {expected},
                IntStream.range(0, 200).parallel().map(i -> ThaiWords.count(ArticleBodyTest.THAI_PARAGRAPH)).distinct().toArray());
    }

    @Test
    void readingTimeRoundsUpWholeMinutesAtTwoHundredWordsPerMinute() {
        assertEquals(200, ThaiWords.WORDS_PER_MINUTE);
        assertEquals(0, ThaiWords.readingTimeMinutes(0));
        assertEquals(1, ThaiWords.readingTimeMinutes(1));
        assertEquals(1, ThaiWords.readingTimeMinutes(200));
        assertEquals(2, ThaiWords.readingTimeMinutes(201));
        assertEquals(5, ThaiWords.readingTimeMinutes(1000));
        assertThrows(IllegalArgumentException.class, () -> ThaiWords.readingTimeMinutes(-1));
    }

    @Test
    void aShortThaiBodyTakesAMinuteToRead() {
        ArticleBody body = ArticleBody.fromText(ArticleBodyTest.THAI_PARAGRAPH);

        assertEquals(1, ThaiWords.readingTimeMinutes(ThaiWords.count(body.text())));
        assertEquals(0, ThaiWords.readingTimeMinutes(ThaiWords.count(ArticleBody.EMPTY.text())));
    }

    @Test
    void remembersEachTextCountedOnAThreadUntilItIsTakenOnce() {
        String first = "ลดช่องว่างการเข้าถึงดิจิทัล " + System.nanoTime();
        String second = "เอสแคป ESCAP " + System.nanoTime();
        ThaiWords.count(first);
        ThaiWords.count(second);

        ThaiWords.Segments counted = ThaiWords.takeCounted(new String(first.toCharArray()));
        assertNotNull(counted, "a text counted before the last one is still remembered");
        assertEquals(first.length(), counted.ends()[counted.ends().length - 1]);
        assertNull(ThaiWords.takeCounted(first), "taken once, then forgotten");
        assertNotNull(ThaiWords.takeCounted(second));
        assertNull(ThaiWords.takeCounted("ไม่เคยนับ"));
    }

    @Test
    void forgetsTheOldestTextsBeyondWhatAThreadMayHold() {
        String oldest = "ข่าวแรก " + System.nanoTime();
        ThaiWords.count(oldest);
        IntStream.range(0, ThaiWords.REMEMBERED_TEXTS).forEach(i -> ThaiWords.count("ข่าว " + i));

        assertNull(ThaiWords.takeCounted(oldest));
        assertNotNull(ThaiWords.takeCounted("ข่าว " + (ThaiWords.REMEMBERED_TEXTS - 1)));

        String huge = "ก".repeat(ThaiWords.REMEMBERED_LENGTH);
        ThaiWords.count(huge);
        assertNull(ThaiWords.takeCounted("ข่าว 1"), "the characters held are bounded too");
        assertNotNull(ThaiWords.takeCounted(huge));
    }
}
