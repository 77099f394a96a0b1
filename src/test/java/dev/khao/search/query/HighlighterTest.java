package dev.khao.search.query;

import dev.khao.article.body.ThaiWords;
import dev.khao.search.text.BodySegments;
import dev.khao.search.text.BodyStart;
import dev.khao.search.text.Terms;
import dev.khao.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HighlighterTest {

    private static final String FILLER = "รัฐบาลเร่งพัฒนาโครงสร้างพื้นฐานของประเทศ ";

    @Test
    void cutsCorpusBodiesOnTheirStoredSegmentsOrStoredStartsAsOnSegmentsFoundAgain() {
        Terms terms = Terms.of(List.of("เกษตร", "การประชุม"), List.of());
        int compared = 0;
        for (int i = 0; i < 12; i++) {
            String title = TestData.corpusArticle(i).get("title").asText();
            String body = TestData.corpusArticle(i).get("body").asText();
            byte[] stored = BodySegments.encode(ThaiWords.segments(body));
            ThaiWords.Segments start = BodyStart.decode(BodyStart.encode(body, ThaiWords.segments(body)));
            for (String word : List.of("รัฐบาล", "ประชุม", "เกษตร", "ประเทศไทย", "ตา", "โครงการ", "การ", "ให้")) {
                Highlighter.Patterns patterns = Highlighter.Patterns.of(List.of(List.of(word)));
                List<String> again = Highlighter.snippets(title, body, null, patterns, terms);
                assertEquals(again, Highlighter.snippets(title, body, stored, patterns, terms), "article " + i + ", " + word);
                assertEquals(again, Highlighter.snippets(title, start, patterns, terms), "article " + i + ", " + word + ", from its start");
                compared += again.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(compared >= 30, "snippets compared: " + compared);
    }

    @Test
    void cutsOnTheStoredSegmentsItIsGiven() {
        String body = FILLER.repeat(8) + "เดินทางตามกำหนดการ " + FILLER.repeat(3);
        ThaiWords.Segments icu = ThaiWords.segments(body);
        int at = body.indexOf("ตาม");
        int i = java.util.Arrays.binarySearch(icu.ends(), at + 3);
        assertTrue(i > 0 && icu.ends()[i - 1] == at, "ICU reads ตาม as one word");
        // Stored segments that read ตา|ม: highlighting follows them, not a segmentation of its own.
        int[] ends = new int[icu.ends().length + 1];
        boolean[] words = new boolean[ends.length];
        System.arraycopy(icu.ends(), 0, ends, 0, i);
        System.arraycopy(icu.words(), 0, words, 0, i);
        ends[i] = at + 2;
        words[i] = true;
        System.arraycopy(icu.ends(), i, ends, i + 1, icu.ends().length - i);
        System.arraycopy(icu.words(), i, words, i + 1, icu.words().length - i);
        byte[] stored = BodySegments.encode(new ThaiWords.Segments(body, ends, words));
        Highlighter.Patterns eye = Highlighter.Patterns.of(List.of(List.of("ตา")));

        assertEquals(List.of(), Highlighter.snippets("หัวข้อข่าว", body, null, eye, Terms.EMPTY));
        List<String> snippets = Highlighter.snippets("หัวข้อข่าว", body, stored, eye, Terms.EMPTY);
        assertEquals(1, snippets.size(), snippets.toString());
        assertTrue(snippets.get(0).contains("เดินทาง<mark>ตา</mark>ม"), snippets.get(0));
    }

    @Test
    void marksWholeWordsDeepInALongBody() {
        String body = FILLER.repeat(400) + "ผู้ป่วยมีอาการปวดตา ตามที่แพทย์แจ้ง " + FILLER.repeat(400);
        List<String> snippets = Highlighter.snippets("หัวข้อข่าว", body, null, Highlighter.Patterns.of(List.of(List.of("ตา"))), Terms.EMPTY);
        assertEquals(1, snippets.size(), snippets.toString());
        assertTrue(snippets.get(0).contains("ปวด<mark>ตา</mark>"), snippets.get(0));
        assertTrue(snippets.get(0).contains(" ตามที่"), snippets.get(0));
    }

    @Test
    void findsFoldedLatinWordsInALongBody() {
        String body = FILLER.repeat(100) + "ร้าน Café เปิดใหม่ " + FILLER.repeat(100);
        List<String> snippets = Highlighter.snippets("หัวข้อข่าว", body, null, Highlighter.Patterns.of(List.of(List.of("cafe"))), Terms.EMPTY);
        assertTrue(snippets.get(0).contains("<mark>Café</mark>"), snippets.toString());
    }

    @Test
    void marksAPhraseWithoutMarkingItsWordsElsewhere() {
        String body = FILLER.repeat(200) + "การประชุมคณะรัฐมนตรีวันนี้ " + FILLER.repeat(100) + "รัฐมนตรีว่าการ";
        List<String> snippets = Highlighter.snippets("หัวข้อข่าว", body, null, Highlighter.Patterns.of(List.of(List.of("การ", "ประชุม", "คณะ", "รัฐมนตรี"))), Terms.EMPTY);
        assertEquals(1, snippets.size(), snippets.toString());
        assertTrue(snippets.get(0).contains("<mark>การประชุมคณะรัฐมนตรี</mark>"), snippets.get(0));
    }

    @Test
    void highlightsTheTitleWhenALongBodyNeverWritesTheWord() {
        String body = FILLER.repeat(300);
        List<String> snippets = Highlighter.snippets("ตลาดนัดชุมชนเปิดใหม่", body, null, Highlighter.Patterns.of(List.of(List.of("ตลาด"))), Terms.EMPTY);
        assertEquals(List.of("<mark>ตลาด</mark>นัดชุมชนเปิดใหม่"), snippets);
    }

    @Test
    void doesNotMarkAWordInsideALongerOneOfAMediumBody() {
        String body = FILLER.repeat(8) + "เดินทางตามกำหนดการ " + FILLER.repeat(3);
        List<String> snippets = Highlighter.snippets("หัวข้อข่าว", body, null, Highlighter.Patterns.of(List.of(List.of("ตา"))), Terms.EMPTY);
        assertEquals(List.of(), snippets);
    }

    @Test
    void findsTheWordPastManyPlacesWhereItIsOnlyPartOfALongerOne() {
        String body = (FILLER.repeat(5) + "เดินทางตามกำหนดการ ").repeat(6) + "ผู้ป่วยมีอาการปวดตา " + FILLER.repeat(5);
        List<String> snippets = Highlighter.snippets("หัวข้อข่าว", body, null, Highlighter.Patterns.of(List.of(List.of("ตา"))), Terms.EMPTY);
        assertEquals(1, snippets.size(), snippets.toString());
        assertTrue(snippets.get(0).contains("ปวด<mark>ตา</mark>"), snippets.get(0));
    }

    @Test
    void givesTwoSnippetsWhenTheWordIsWrittenManyTimesInOnePlace() {
        String crowded = "ดิจิทัล ดิจิทัล ดิจิทัล ดิจิทัล ดิจิทัล ";
        String body = FILLER.repeat(20) + crowded + FILLER.repeat(20) + "เศรษฐกิจดิจิทัลเติบโต " + FILLER.repeat(5);
        List<String> snippets = Highlighter.snippets("หัวข้อข่าว", body, null, Highlighter.Patterns.of(List.of(List.of("ดิจิทัล"))), Terms.EMPTY);
        assertEquals(2, snippets.size(), snippets.toString());
        assertTrue(snippets.get(1).contains("เศรษฐกิจ<mark>ดิจิทัล</mark>เติบโต"), snippets.toString());
    }
}
