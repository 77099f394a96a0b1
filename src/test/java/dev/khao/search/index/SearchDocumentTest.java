package dev.khao.search.index;

import dev.khao.search.text.Terms;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchDocumentTest {

    private static IndexedArticle article(String title, String summary, String body) {
        return new IndexedArticle(UUID.randomUUID(), null, title, null, summary, body, null, null, List.of(), List.of());
    }

    @Test
    void weighsTitleAboveSummaryAboveBodyAndEscapesQuotes() {
        String doc = SearchDocument.of(article("ดิจิทัล", "O'Neil", "เกษตร"), Terms.EMPTY);
        assertTrue(doc.matches(".*'ดิจิทัล':1A.*"), doc);
        assertTrue(doc.contains("'o\\'neil':") && doc.matches(".*'o\\\\'neil':\\d+B.*"), doc);
        assertTrue(doc.matches(".*'เกษตร':\\d+C( |$).*"), doc);
    }

    @Test
    void leavesAGapBetweenFieldsAndParagraphsSoPhrasesDoNotCrossThem() {
        String doc = SearchDocument.of(article("ลด", null, "ช่อง\n\nว่าง"), Terms.EMPTY);
        int lot = position(doc, "ลด");
        int slot = position(doc, "ช่อง");
        int empty = position(doc, "ว่าง");
        assertTrue(slot - lot > 1 && empty - slot > 1, doc);
    }

    @Test
    void aParagraphOfPunctuationAloneStillSeparatesTheParagraphsAroundIt() {
        String doc = SearchDocument.of(article("ลด", null, "ช่อง\n\n+++++++\n\nว่าง ช่อง ว่าง"), Terms.EMPTY);
        Matcher slot = Pattern.compile("'ช่อง':(\\d+)C,(\\d+)C").matcher(doc);
        assertTrue(slot.find(), doc);
        int across = position(doc, "ว่าง") - Integer.parseInt(slot.group(1));
        // Adjacent within a paragraph, further apart across the blank lines.
        assertTrue(across > 1, doc);
        String pair = "'" + SearchDocument.pair("ช่อง", "ว่าง") + "':";
        assertTrue(doc.contains(pair + slot.group(2) + "C"), doc);
        assertFalse(doc.contains(pair + slot.group(1) + "C"), doc);
    }

    @Test
    void indexesAdjacentThaiWordsAsPairsAtTheFirstWordsPositionWithinAFieldOnly() {
        String doc = SearchDocument.of(article("นายกรัฐมนตรี ESCAP", null, "ประชุม\n\nรัฐมนตรี"), Terms.EMPTY);
        String primeMinister = SearchDocument.pair("นายก", "รัฐมนตรี");
        assertEquals(position(doc, "นายก"), position(doc, primeMinister));
        assertTrue(doc.matches(".*'" + Pattern.quote(primeMinister) + "':\\d+A.*"), doc);
        // Not across paragraphs, and not with words in other scripts
        assertFalse(doc.contains("'" + SearchDocument.pair("ประชุม", "รัฐมนตรี") + "'"), doc);
        assertFalse(doc.contains("'" + SearchDocument.pair("รัฐมนตรี", "escap") + "'"), doc);
    }

    @Test
    void writesAPairAsAShortLexemeThatNeverChangesAndNoWordCanBe() {
        // Stored documents hold these lexemes: a different hash would stop every split word from matching until a
        // re-index, so the value is pinned.
        assertEquals(" 7q5l4gdt6s7c", SearchDocument.pair("นายก", "รัฐมนตรี"));
        assertTrue(SearchDocument.pair("นายก", "รัฐมนตรี").matches(" [a-z2-7]{12}"));
        assertFalse(SearchDocument.pair("ab", "c").equals(SearchDocument.pair("a", "bc")));
        assertFalse(SearchDocument.pair("นายก", "รัฐมนตรี").equals(SearchDocument.pair("รัฐมนตรี", "นายก")));
    }

    @Test
    void marksLinkedEntitiesTagsAndSection() {
        UUID entity = UUID.randomUUID();
        UUID tag = UUID.randomUUID();
        UUID section = UUID.randomUUID();
        String doc = SearchDocument.of(new IndexedArticle(UUID.randomUUID(), java.time.OffsetDateTime.parse("2025-09-30T20:00:00-07:00"), "ข่าว", null, null, "", section, "เทคโนโลยี",
                List.of(new IndexedArticle.Named(tag, "ดิจิทัล")), List.of(new Terms.EntityNames(entity, List.of("เอสแคป", "ESCAP")))), Terms.EMPTY);
        assertTrue(doc.contains("'ent:" + entity + "':"), doc);
        assertTrue(doc.contains("'tag:" + tag + "':"), doc);
        assertTrue(doc.contains("'sec:" + section + "':"), doc);
        assertFalse(doc.contains("'at:"), doc);
        assertTrue(doc.matches(".*'escap':\\d+B.*"), doc);
    }

    @Test
    void clampsPositionsAndLimitsPositionsPerLexemeForHugeBodies() {
        String body = "ข่าวดิจิทัล ".repeat(30_000) + "ปลายทาง";
        String doc = SearchDocument.of(article("หัวข้อ", null, body), Terms.EMPTY);
        assertEquals(SearchDocument.MAX_POSITION, position(doc, "ปลาย"));
        Matcher m = Pattern.compile("'ดิจิทัล':([0-9A-D,]+)").matcher(doc);
        assertTrue(m.find());
        assertEquals(SearchDocument.MAX_POSITIONS_PER_LEXEME, m.group(1).split(",").length);
        assertFalse(doc.contains(":16384"));
    }

    @Test
    void leadHoldsTitleNamesAndTheFirstBodyWordsWithTheirPositionsButNoMarkers() {
        UUID entity = UUID.randomUUID();
        String body = "ดิจิทัล ".repeat(SearchDocument.LEAD_BODY_WORDS - 1) + "เกษตร ".repeat(10) + "ปลายทาง";
        SearchDocument.Built built = SearchDocument.build(new IndexedArticle(UUID.randomUUID(), java.time.OffsetDateTime.parse("2025-09-30T00:00:00Z"),
                "นายกรัฐมนตรี", null, "สรุป", body, UUID.randomUUID(), "เทคโนโลยี", List.of(new IndexedArticle.Named(UUID.randomUUID(), "ข้าว")),
                List.of(new Terms.EntityNames(entity, List.of("เอสแคป")))), Terms.EMPTY);
        String lead = built.lead();
        String primeMinister = SearchDocument.pair("นายก", "รัฐมนตรี");
        assertEquals(position(built.document(), primeMinister), position(lead, primeMinister));
        assertTrue(lead.matches(".*'นายก':1A.*") && lead.contains("'ข้าว':") && lead.contains("'ent:" + entity + "':"), lead);
        assertTrue(lead.matches(".*'ดิจิทัล':\\d+C.*"), lead);
        assertFalse(lead.contains("'เกษตร'") || lead.contains("'ปลาย"), lead);
        assertFalse(lead.contains("'tag:") || lead.contains("'sec:"), lead);
        assertTrue(built.document().contains("'เกษตร'") && built.document().contains("'ปลาย"), built.document());
    }

    @Test
    void leadStopsGrowingBelowTheSizeThatPostgreSqlWouldCompress() {
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            summary.append("คำ").append(i).append(' ');
        }
        SearchDocument.Built built = SearchDocument.build(article("หัวข้อ", summary.toString(), "เนื้อหา"), Terms.EMPTY);
        // Within the estimate (lexeme bytes + 8 per lexeme + 2 per position): the title, part of the summary, no body.
        assertTrue(built.lead().contains("'หัวข้อ'") && built.lead().contains("'คำ0'"), built.lead());
        assertFalse(built.lead().contains("'คำ399'") || built.lead().contains("'เนื้อหา'"), built.lead());
        assertTrue(built.document().contains("'คำ399'") && built.document().contains("'เนื้อหา'"), built.document());
    }

    private static int position(String doc, String lexeme) {
        Matcher m = Pattern.compile("'" + Pattern.quote(lexeme) + "':(\\d+)").matcher(doc);
        assertTrue(m.find(), lexeme + " in " + doc);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void sizesLexemesAsUtf8WithoutEncodingThem() {
        for (String lexeme : List.of("ดิจิทัล", "escap", "café", "ນະຄອນ", "東京", "😀ข่าว", "tag:24b3e9c7-9bf0-47a9-93aa-2ce1a08cb520", "")) {
            assertEquals(lexeme.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, SearchDocument.utf8Length(lexeme), lexeme);
        }
    }
}
