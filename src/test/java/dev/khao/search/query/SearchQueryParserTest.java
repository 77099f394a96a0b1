package dev.khao.search.query;

import dev.khao.common.problem.ProblemException;
import dev.khao.search.index.SearchDocument;
import dev.khao.search.text.Terms;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchQueryParserTest {

    private static String tsquery(String q, Terms terms) {
        return QueryParser.parse(q, terms, 500).tsquery();
    }

    private static final Pattern SPELLED_PAIR = Pattern.compile("'(\\p{IsThai}+) (\\p{IsThai}+)'");

    /** The expected query with each pair spelled out as {@code 'word word'} written as the lexeme the index holds. */
    private static String pairLexemes(String spelled) {
        return SPELLED_PAIR.matcher(spelled).replaceAll(pair -> Matcher.quoteReplacement(
                "'" + SearchDocument.pair(pair.group(1), pair.group(2)) + "'"));
    }

    @Test
    void requiresEveryWord() {
        assertEquals("'ดิจิทัล' & 'escap'", tsquery("ดิจิทัล ESCAP", Terms.EMPTY));
    }

    @Test
    void findsAWordThatSegmentsIntoSeveralThroughItsWordPairsAndChecksThePhraseExactly() {
        assertEquals(pairLexemes("('ลด ช่อง' & 'ช่อง ว่าง')"), tsquery("ลดช่องว่าง", Terms.EMPTY));
        assertEquals(pairLexemes("(('ลด ช่อง' & 'ช่อง ว่าง') & ('ลด' <-> 'ช่อง' <-> 'ว่าง'))"), QueryParser.parse("ลดช่องว่าง", Terms.EMPTY, 500).exact());
        assertEquals(pairLexemes("('ลด ช่อง' & 'ช่อง ว่าง' & 'ว่าง การ' & 'การ เข้า' & 'เข้า ถึง')"),
                tsquery("\"ลดช่องว่าง การเข้าถึง\"", Terms.EMPTY));
        assertEquals(pairLexemes("(('ลด ช่อง' & 'ช่อง ว่าง' & 'ว่าง การ' & 'การ เข้า' & 'เข้า ถึง') & ('ลด' <-> 'ช่อง' <-> 'ว่าง' <-> 'การ' <-> 'เข้า' <-> 'ถึง'))"),
                QueryParser.parse("\"ลดช่องว่าง การเข้าถึง\"", Terms.EMPTY, 500).exact());
    }

    @Test
    void looksUpTwoThaiWordsAsTheirPairAlone() {
        assertEquals(pairLexemes("'นายก รัฐมนตรี'"), tsquery("นายกรัฐมนตรี", Terms.EMPTY));
    }

    @Test
    void matchesWithoutTheWordsThatAPairBesideThemRequires() {
        // งบประมาณ, a tag name, is one word with two readings; the plain words after it are each in a pair.
        ParsedQuery q = QueryParser.parse("งบประมาณรายจ่ายประจำปี", Terms.of(List.of("งบประมาณ"), List.of()), 500);
        assertEquals(pairLexemes("(('งบประมาณ' | 'งบ ประมาณ') & ('งบประมาณ ราย' | 'ประมาณ ราย') & 'ราย' & 'ราย จ่าย' & 'จ่าย'"
                + " & 'จ่าย ประจำ' & 'ประจำ' & 'ประจำ ปี' & 'ปี')"), q.tsquery());
        assertEquals(pairLexemes("(('งบประมาณ' | 'งบ ประมาณ') & ('งบประมาณ ราย' | 'ประมาณ ราย') & 'ราย จ่าย' & 'จ่าย ประจำ' & 'ประจำ ปี')"),
                q.matchQuery());
        assertEquals(pairLexemes("('ลด ช่อง' & 'ช่อง ว่าง')"), QueryParser.parse("ลดช่องว่าง", Terms.EMPTY, 500).matchQuery());
    }

    @Test
    void keepsPhrasesOfWordsThatAreNotThai() {
        assertEquals("('covid' <-> '19')", tsquery("COVID-19", Terms.EMPTY));
        assertEquals("('pm' <-> '2.5')", tsquery("\"PM 2.5\"", Terms.EMPTY));
    }

    @Test
    void readsExclusionsAndOr() {
        assertEquals(pairLexemes("('ดิจิทัล' | 'เศรษฐกิจ') & 'ไทย' & !'เกาหลี' & !'ประชุม รัฐมนตรี'"),
                tsquery("ดิจิทัล OR เศรษฐกิจ ไทย -เกาหลี -\"ประชุม รัฐมนตรี\"", Terms.EMPTY));
        assertEquals("'or' & 'ict'", tsquery("or ICT", Terms.EMPTY));
        assertEquals("'ict'", tsquery("OR ICT OR", Terms.EMPTY));
    }

    @Test
    void escapesQuotesAndBackslashesAndIgnoresOperatorsTypedAsText() {
        assertEquals("'o\\'neil'", tsquery("O'Neil", Terms.EMPTY));
        assertEquals("'a' & 'b'", tsquery("a & !b | (", Terms.EMPTY));
    }

    @Test
    void mergedNamesAlsoMatchDocumentsIndexedBeforeTheNameWasKnown() {
        Terms terms = Terms.of(List.of(), List.of(new Terms.EntityNames(UUID.fromString("00000000-0000-0000-0000-000000000001"), List.of("ชัยวุฒิ"))));
        assertEquals(pairLexemes("(('ชัยวุฒิ' | 'ชัย วุฒิ') | 'ent:00000000-0000-0000-0000-000000000001')"), tsquery("ชัยวุฒิ", terms));
    }

    @Test
    void expandsEntityNamesToAllTheirNames() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000002");
        Terms terms = Terms.of(List.of(), List.of(new Terms.EntityNames(id, List.of("เอสแคป", "ESCAP", "UNESCAP"))));
        String q = tsquery("escap", terms);
        assertTrue(q.contains("'escap'") && q.contains("'unescap'") && q.contains("'ent:" + id + "'"), q);
        assertTrue(q.contains("'เอสแคป'") || q.contains("('เอ' <-> 'ส' <-> 'แคป')"), q);
    }

    @Test
    void rejectsQueriesWithNothingToFind() {
        assertThrows(ProblemException.class, () -> QueryParser.parse("  ", Terms.EMPTY, 500));
        assertThrows(ProblemException.class, () -> QueryParser.parse("-ดิจิทัล -\"ESCAP\"", Terms.EMPTY, 500));
        assertThrows(ProblemException.class, () -> QueryParser.parse("!!! …", Terms.EMPTY, 500));
        assertThrows(ProblemException.class, () -> QueryParser.parse("ก".repeat(501), Terms.EMPTY, 500));
    }
}
