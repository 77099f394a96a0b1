package dev.khao.search.text;

import dev.khao.article.body.ArticleBody;
import dev.khao.article.body.ThaiWords;
import dev.khao.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThaiSegmenterTest {

    private static List<String> lexemes(String text, Terms terms) {
        return ThaiSegmenter.words(text, terms).stream().map(Token::lexeme).toList();
    }

    @Test
    void segmentsABodyJustCountedExactlyAsIfItHadNotBeen() {
        Terms terms = Terms.of(List.of("ด้านเศรษฐกิจ", "ดิจิทัล"), List.of());
        for (int i = 0; i < 12; i++) {
            String body = ArticleBody.fromText(TestData.corpusArticle(i).path("body").asText()).text();
            List<Token> fresh = ThaiSegmenter.segments(body, terms);

            ThaiWords.count(body);
            // Other texts segmented in between (a title, tag names) neither use nor lose the body's counted segments.
            List<Token> title = ThaiSegmenter.segments("ชัยวุฒิ โชว์ดิจิทัล", terms);
            List<Token> afterCount = ThaiSegmenter.segments(new String(body.toCharArray()), terms);

            assertEquals(fresh, afterCount, "press release " + i);
            assertEquals(ThaiSegmenter.segments("ชัยวุฒิ โชว์ดิจิทัล", terms), title);
        }
    }

    @Test
    void splitsThaiRunsIntoWordsWithOffsetsIntoTheOriginalText() {
        String text = "การเปลี่ยนผ่านทางดิจิทัล";
        List<Token> words = ThaiSegmenter.words(text);
        assertEquals(List.of("การ", "เปลี่ยน", "ผ่าน", "ทาง", "ดิจิทัล"), words.stream().map(Token::lexeme).toList());
        for (Token word : words) {
            assertEquals(word.lexeme(), text.substring(word.start(), word.end()));
        }
    }

    @Test
    void keepsLatinWordsAndNumbersAndDropsPunctuation() {
        assertEquals(List.of("ministry", "of", "science", "and", "ict", "covid", "19", "3.33", "๒๕๖๗"),
                lexemes("(Ministry of Science and ICT) — COVID-19, 3.33 ๒๕๖๗!", Terms.EMPTY));
    }

    @Test
    void foldsLatinCaseAndAccentsButNeverThaiMarks() {
        assertEquals("cafe", Lexemes.of("CAFÉ"));
        assertEquals("cafe", Lexemes.of("cafe\u0301"));
        assertEquals("ฉันท์", Lexemes.of("ฉันท์"));
        assertEquals("ที่", Lexemes.of("ที่"));
        assertEquals("โก้", Lexemes.of("โก้"));
        // NFC: a decomposed sara am sequence is recomposed, not dropped
        assertEquals(Lexemes.of("น้ำ"), Lexemes.of("น\u0e49\u0e33"));
    }

    @Test
    void treatsWordsAsWholeWords() {
        List<String> words = lexemes("ตามที่ ตาย ตา โรคตาแดง", Terms.EMPTY);
        assertTrue(words.contains("ตา"));
        assertTrue(words.contains("ตาม"));
        assertTrue(words.contains("ตาย"));
    }

    @Test
    void mergesNamesTheDictionarySplits() {
        Terms terms = Terms.of(List.of("ซิสโก้"), List.of(new Terms.EntityNames(UUID.randomUUID(), List.of("ชัยวุฒิ ธนาคมานุสรณ์", "ชัยวุฒิ"))));
        assertEquals(List.of("ชัย", "วุฒิ", "โชว์"), lexemes("ชัยวุฒิโชว์", Terms.EMPTY));
        String text = "“ชัยวุฒิ” จับมือซิสโก้ ชัย กับ วุฒิ";
        List<Token> words = ThaiSegmenter.words(text, terms);
        assertEquals(List.of("ชัยวุฒิ", "จับ", "มือ", "ซิสโก้", "ชัย", "กับ", "วุฒิ"), words.stream().map(Token::lexeme).toList());
        assertEquals("ชัยวุฒิ", text.substring(words.get(0).start(), words.get(0).end()));
        assertEquals(List.of("ชัย", "วุฒิ"), words.get(0).parts());
        assertEquals(List.of("ธนาคมานุสรณ์"), lexemes("ธนาคมานุสรณ์", terms));
    }

    @Test
    void knownNamesWinWhereIcuMisreadsTheLettersAroundThem() {
        Terms terms = Terms.of(List.of(), List.of(new Terms.EntityNames(UUID.randomUUID(), List.of("เอสแคป"))));
        assertEquals(List.of("ผู้", "แทน", "เอ", "ส", "แค", "ปร่วม", "ประชุม"), lexemes("ผู้แทนเอสแคปร่วมประชุม", Terms.EMPTY));
        assertEquals(List.of("ผู้", "แทน", "เอสแคป", "ร่วม", "ประชุม"), lexemes("ผู้แทนเอสแคปร่วมประชุม", terms));
        // a compound never ends inside a character cluster
        Terms prefix = Terms.of(List.of(), List.of(new Terms.EntityNames(UUID.randomUUID(), List.of("ชัยวุฒ"))));
        assertTrue(lexemes("ชัยวุฒิ", prefix).stream().noneMatch("ชัยวุฒ"::equals));
    }

    @Test
    void mergesInLinearTimeOverLongRunsWithoutSpaces() {
        Terms terms = Terms.of(List.of(), List.of(new Terms.EntityNames(UUID.randomUUID(), List.of("เอสแคป"))));
        String run = "ผู้แทนเอสแคปร่วมประชุมการเปลี่ยนผ่านทางดิจิทัล".repeat(5_000);
        List<Token> words = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> ThaiSegmenter.words(run, terms));
        assertEquals(5_000, words.stream().filter(w -> w.lexeme().equals("เอสแคป")).count());
    }

    @Test
    void segmentsCoverTheWholeTextSoCutsNeverSplitAWord() {
        Terms terms = Terms.of(List.of(), List.of(new Terms.EntityNames(UUID.randomUUID(), List.of("ชัยวุฒิ"))));
        String text = "นายชัยวุฒิ, Café ๒๕๖๗";
        List<Token> segments = ThaiSegmenter.segments(text, terms);
        int at = 0;
        for (Token segment : segments) {
            assertEquals(at, segment.start());
            at = segment.end();
        }
        assertEquals(text.length(), at);
    }

    @Test
    void findsEntitiesByAnyNameInAnyScriptAndCase() {
        UUID escap = UUID.randomUUID();
        Terms terms = Terms.of(List.of(), List.of(new Terms.EntityNames(escap, List.of("เอสแคป", "ESCAP", "UNESCAP"))));
        for (String name : List.of("ESCAP", "escap", "เอสแคป", "UNESCAP")) {
            assertEquals(List.of(escap), terms.entitiesNamed(Terms.key(ThaiSegmenter.words(name, terms))).stream()
                    .map(Terms.EntityNames::id).toList(), name);
        }
    }

    @Test
    void compoundsOfTagNamesStayFindableByTheirWords() {
        Terms terms = Terms.of(List.of("เศรษฐกิจดิจิทัล"), List.of(new Terms.EntityNames(UUID.randomUUID(), List.of("ชัยวุฒิ"))));
        assertEquals(java.util.Set.of("เศรษฐกิจดิจิทัล"), terms.compoundsContaining("ดิจิทัล"));
        assertTrue(terms.compoundsContaining("ชัย").isEmpty());
        assertEquals(Map.of(), Map.of());
    }
}
