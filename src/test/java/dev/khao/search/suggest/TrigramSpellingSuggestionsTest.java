package dev.khao.search.suggest;

import dev.khao.search.query.SpellingSuggestions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.khao.support.TestData.createEntity;
import static dev.khao.support.TestData.createSection;
import static dev.khao.support.TestData.createTag;
import static dev.khao.support.TestData.thaiUnique;
import static dev.khao.support.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TrigramSpellingSuggestionsTest {

    @Inject
    SpellingSuggestions bean;

    @Inject
    TrigramSpellingSuggestions suggestions;

    @Test
    void isTheSpellingSuggestionsBean() {
        assertInstanceOf(TrigramSpellingSuggestions.class, io.quarkus.arc.ClientProxy.unwrap(bean));
    }

    @Test
    void suggestsTheEntityNameForAMisspeltThaiName() {
        String u = thaiUnique();
        createEntity("organization", Map.of("th", u + "เอสแคป", "en", "ESCAP"), List.of());

        List<String> hint = suggestions.suggest(u + "เอสแคบ", 5);

        assertEquals(u + "เอสแคป", hint.get(0));
    }

    @Test
    void suggestsAnAliasForAMisspeltWordInsideALongerQuery() {
        String u = unique();
        createEntity("person", Map.of("th", "ชัยวุฒิ ธนาคมานุสรณ์"), List.of("Chaiwut" + u));

        List<String> hint = suggestions.suggest("ข่าว Chaiwat" + u + " ล่าสุด", 5);

        assertTrue(hint.contains("Chaiwut" + u), hint.toString());
    }

    @Test
    void suggestsTagAndSectionNamesToo() {
        String u = thaiUnique();
        createTag(u + "ดิจิทัล");
        createSection(u + "เทคโนโลยี");

        assertEquals(u + "ดิจิทัล", suggestions.suggest(u + "ดิจิตัล", 3).get(0));
        assertEquals(u + "เทคโนโลยี", suggestions.suggest(u + "เทคโนโลยิ", 3).get(0));
    }

    @Test
    void neverSuggestsWhatWasTypedExactly() {
        String u = thaiUnique();
        createTag(u + "การเมือง");

        List<String> hint = suggestions.suggest(u + "การเมือง", 10);

        assertFalse(hint.contains(u + "การเมือง"), hint.toString());
    }

    @Test
    void returnsAtMostMaxBestFirst() {
        String u = thaiUnique();
        createTag(u + "พลังงาน");
        createTag(u + "พลังงานสะอาด");
        createTag(u + "พลังงานทดแทนแห่งชาติ");

        List<String> hint = suggestions.suggest(u + "พลังงาม", 2);

        assertEquals(List.of(u + "พลังงาน", u + "พลังงานสะอาด"), hint);
    }

    @Test
    void blankQueryOrNoRoomSuggestsNothing() {
        assertEquals(List.of(), suggestions.suggest("  ", 5));
        assertEquals(List.of(), suggestions.suggest("เอสแคป", 0));
    }
}
