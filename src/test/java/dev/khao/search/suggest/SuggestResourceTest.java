package dev.khao.search.suggest;

import dev.khao.support.ProblemSpec;
import dev.khao.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.createEntity;
import static dev.khao.support.TestData.createSection;
import static dev.khao.support.TestData.createTag;
import static dev.khao.support.TestData.thaiUnique;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SuggestResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void suggestsEntityByThaiPrefixOfItsName() {
        String u = thaiUnique();
        String id = createEntity("organization", Map.of("th", u + "เอสแคป", "en", "ESCAP " + unique()), List.of());

        given().queryParam("q", u + "เอส").get("/v1/suggest")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("data", hasSize(1))
                .body("data[0].type", equalTo("entity"))
                .body("data[0].id", equalTo(id))
                .body("data[0].label", equalTo(u + "เอสแคป"))
                .body("data[0].name", equalTo(u + "เอสแคป"))
                .body("data[0].entityType", equalTo("organization"))
                .body("data[0].title", nullValue())
                .body("meta.query", equalTo(u + "เอส"))
                .body("meta.limit", equalTo(10));
    }

    @Test
    void suggestsEntityByLatinPrefixWhateverTheCase() {
        String u = unique();
        String id = createEntity("organization", Map.of("th", "เอสแคป", "en", "ESC" + u.toUpperCase() + "AP"), List.of());

        given().queryParam("q", "esc" + u.substring(0, 6)).get("/v1/suggest")
                .then().statusCode(200)
                .body("data.id", contains(id))
                .body("data[0].label", equalTo("ESC" + u.toUpperCase() + "AP"))
                // The display name stays the Thai one, whichever name matched.
                .body("data[0].name", equalTo("เอสแคป"));
    }

    @Test
    void suggestsEntityByAliasOnceEvenWhenSeveralNamesMatch() {
        String u = unique();
        String id = createEntity("organization", Map.of("th", "คณะกรรมาธิการ" + u, "en", "Unescap " + u),
                List.of("UNESCAP" + u, "unescap-" + u + "-bangkok"));

        given().queryParam("q", "UNESCAP" + u).get("/v1/suggest")
                .then().statusCode(200)
                .body("data.id", contains(id))
                // The exact alias wins over the longer alias that starts the same way.
                .body("data[0].label", equalTo("UNESCAP" + u));
    }

    @Test
    void suggestsTagsSectionsAndPublishedArticlesButNeverDrafts() {
        String u = thaiUnique();
        String tag = createTag(u + "ดิจิทัล");
        String section = createSection(u + "ดิจิทัลเศรษฐกิจ");
        String article = createArticle(Map.of("title", u + "ดิจิทัลไทย ก้าวสู่ภูมิภาค", "status", "published"));
        createArticle(Map.of("title", u + "ดิจิทัลร่าง ยังไม่เผยแพร่", "status", "draft"));
        createArticle(Map.of("title", u + "ดิจิทัลรอ เผยแพร่ปีหน้า", "status", "scheduled", "publishedAt", "2099-01-01T09:00:00+07:00"));

        given().queryParam("q", u + "ดิจิ").get("/v1/suggest")
                .then().statusCode(200)
                .body("data.id", contains(tag, section, article))
                .body("data.type", contains("tag", "section", "article"))
                .body("data[0].name", equalTo(u + "ดิจิทัล"))
                .body("data[1].name", equalTo(u + "ดิจิทัลเศรษฐกิจ"))
                .body("data[2].title", equalTo(u + "ดิจิทัลไทย ก้าวสู่ภูมิภาค"))
                .body("data[2].name", nullValue())
                .body("data[2].language", equalTo("th"));
    }

    @Test
    void scheduledTitleAppearsOnceItsTimeHasCome() {
        String u = thaiUnique();
        String article = createArticle(Map.of("title", u + "ข่าวตั้งเวลา", "status", "scheduled",
                "publishedAt", OffsetDateTime.now().plusHours(1).toString()));
        given().queryParam("q", u).get("/v1/suggest").then().statusCode(200).body("data", empty());
        clock.advance(Duration.ofHours(2));
        given().queryParam("q", u).get("/v1/suggest").then().statusCode(200).body("data.id", contains(article));
    }

    @Test
    void draftTitleAppearsOnlyOncePublishedAndLeavesWhenUnpublished() {
        String u = thaiUnique();
        String article = createArticle(Map.of("title", u + "ร่างข่าว", "status", "draft"));
        given().queryParam("q", u).get("/v1/suggest").then().statusCode(200).body("data", empty());

        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"status\": \"published\"}")
                .patch("/v1/articles/" + article).then().statusCode(200);
        given().queryParam("q", u).get("/v1/suggest").then().statusCode(200).body("data.id", contains(article));

        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"status\": \"archived\"}")
                .patch("/v1/articles/" + article).then().statusCode(200);
        given().queryParam("q", u).get("/v1/suggest").then().statusCode(200).body("data", empty());
    }

    @Test
    void matchesThePrefixOfAnyWordInsideAName() {
        String u = thaiUnique();
        String l = unique();
        String chaiwut = createEntity("person", Map.of("th", "ชัยวุฒิ ธนาคม" + u + "านุสรณ์"), List.of());
        String ministry = createEntity("organization", Map.of("en", "Ministry of Science" + l + " and ICT"), List.of());

        given().queryParam("q", "ธนาคม" + u).get("/v1/suggest")
                .then().statusCode(200).body("data.id", contains(chaiwut)).body("data[0].label", equalTo("ชัยวุฒิ ธนาคม" + u + "านุสรณ์"));
        given().queryParam("q", "science" + l).get("/v1/suggest")
                .then().statusCode(200).body("data.id", contains(ministry));
        // Punctuation and repeated spaces do not matter: a query is compared the way names are stored.
        given().queryParam("q", "MINISTRY-of  science" + l).get("/v1/suggest")
                .then().statusCode(200).body("data.id", contains(ministry));
    }

    @Test
    void ordersExactThenWholeNamePrefixThenWordPrefixCatalogBeforeArticlesShorterNamesFirst() {
        String p = thaiUnique() + "กา";
        String wordMatch = createEntity("person", Map.of("th", "ข่าว " + p + "ใหม่"), List.of());
        String article = createArticle(Map.of("title", p + " ข่าววันนี้", "status", "published"));
        String section = createSection(p + "แฟ");
        String tag = createTag(p + "ไก่ย่าง");
        String longer = createEntity("organization", Map.of("th", p + "บบบบ"), List.of());
        String shorter = createEntity("organization", Map.of("th", p + "บ"), List.of());
        String exact = createEntity("place", Map.of("th", p), List.of());

        given().queryParam("q", p).get("/v1/suggest")
                .then().statusCode(200)
                .body("data.id", contains(exact, shorter, longer, tag, section, article, wordMatch));
    }

    @Test
    void offersTitlesNewestFirstEachArticleOnceAndLaterWordMatchesAfterTitleMatches() {
        String p = thaiUnique() + "ข่าว";
        String older = createArticle(Map.of("title", p + " สั้น", "status", "published", "publishedAt", "2024-01-01T09:00:00+07:00"));
        String newer = createArticle(Map.of("title", p + " หัวข้อที่ยาวกว่ามาก", "status", "published",
                "publishedAt", "2025-06-01T09:00:00+07:00"));
        // Its title starts with the prefix and a later word does too: offered once, as a title match.
        String twice = createArticle(Map.of("title", p + "เช้า และ " + p + "เย็น", "status", "published",
                "publishedAt", "2023-01-01T09:00:00+07:00"));
        // The newest, but only a later word starts with the prefix.
        String laterWord = createArticle(Map.of("title", "สรุป " + p + "ประจำวัน", "status", "published",
                "publishedAt", "2025-12-01T09:00:00+07:00"));

        given().queryParam("q", p).get("/v1/suggest")
                .then().statusCode(200).body("data.id", contains(newer, older, twice, laterWord));
        given().queryParam("q", p).queryParam("limit", 3).get("/v1/suggest")
                .then().statusCode(200).body("data.id", contains(newer, older, twice));
        given().queryParam("q", p + "ป").get("/v1/suggest")
                .then().statusCode(200).body("data.id", contains(laterWord));
    }

    @Test
    void returnsAtMostLimitSuggestions() {
        String p = thaiUnique();
        for (int i = 0; i < 4; i++) {
            createTag(p + "แท็ก" + "ก".repeat(i + 1));
        }
        given().queryParam("q", p).queryParam("limit", 3).get("/v1/suggest")
                .then().statusCode(200).body("data", hasSize(3)).body("meta.limit", equalTo(3))
                .body("data.label", contains(p + "แท็กก", p + "แท็กกก", p + "แท็กกกก"));
        given().queryParam("q", p).queryParam("limit", 50).get("/v1/suggest")
                .then().statusCode(200).body("data", hasSize(4));
    }

    @Test
    void queryOfOnlyPunctuationSuggestsNothing() {
        given().queryParam("q", "…!?").get("/v1/suggest").then().statusCode(200).body("data", empty());
    }

    @Test
    void rejectsMissingBlankOrOverlongQueryWithProblem() {
        given().get("/v1/suggest").then().spec(ProblemSpec.problem(400)).body("errors.field", hasItem("q"));
        given().queryParam("q", "   ").get("/v1/suggest").then().spec(ProblemSpec.problem(400)).body("errors.field", hasItem("q"));
        given().queryParam("q", "ก".repeat(101)).get("/v1/suggest")
                .then().spec(ProblemSpec.problem(400)).body("errors[0].message", equalTo("must be at most 100 characters"));
        given().queryParam("q", "ก".repeat(100)).get("/v1/suggest").then().statusCode(200);
    }

    @Test
    void rejectsLimitOutsideOneToFifty() {
        given().queryParam("q", "เอส").queryParam("limit", 0).get("/v1/suggest")
                .then().spec(ProblemSpec.problem(400)).body("errors.field", hasItem("limit"));
        given().queryParam("q", "เอส").queryParam("limit", 51).get("/v1/suggest")
                .then().spec(ProblemSpec.problem(400)).body("errors.field", hasItem("limit"));
    }

    @Test
    void documentsSuggestUnderSearchWithThaiExamples() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/v1/suggest'.get.tags", contains("Search"))
                .body("paths.'/v1/suggest'.get.parameters.find { it.name == 'q' }.examples.thai.value", equalTo("เอส"))
                .body("paths.'/v1/entities'.get.parameters.name", hasItem("q"));
    }
}
