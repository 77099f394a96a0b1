package dev.khao.article;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.support.ProblemSpec;
import dev.khao.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ArticleResourceTest {

    private static final String PROBLEM = "application/problem+json";
    // REST Assured encodes bodies of media types it does not know as ISO-8859-1 unless told otherwise.
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private static Map<String, Object> article(String title, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("status", "published");
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    @Test
    void createsThaiArticleFromPlainTextAndReturnsItByteExact() {
        JsonNode press = TestData.corpusArticle(0);
        String title = press.get("title").asText();
        String bodyText = press.get("body").asText();

        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(article(title, "bodyText", bodyText, "externalSource", "thaigov", "externalId", press.get("id").asText() + unique()))
                .when().post("/v1/articles")
                .then().statusCode(201)
                .header("Location", containsString("/v1/articles/"))
                .contentType(ContentType.JSON)
                .body("title", equalTo(title))
                .body("bodyText", equalTo(bodyText))
                .body("bodyHtml", startsWith("<p>"))
                .body("language", equalTo("th"))
                .body("status", equalTo("published"))
                .body("wordCount", greaterThan(200))
                .body("readingTimeMinutes", greaterThanOrEqualTo(2))
                .extract();

        String id = created.path("id");
        String raw = given().when().get("/v1/articles/" + id).then().statusCode(200).extract().asString();
        assertTrue(raw.contains(title), "title comes back as literal UTF-8");
        assertFalse(raw.contains("&#"), "no numeric character references");
        given().when().get("/v1/articles/" + id).then().body("bodyText", equalTo(bodyText)).body("publishedAt", endsWith("+07:00"));
    }

    @Test
    void anEntityLinkedTwiceWithDifferentRolesIsRefusedAndTwiceWithOneRoleIsOneLink() {
        String u = unique();
        String entity = TestData.createEntity("person", Map.of("th", "อาร์มิดา " + u), List.of());
        given().contentType(ContentType.JSON).body(Map.of("title", "ประชุมเอสแคป " + u,
                        "entities", List.of(Map.of("id", entity, "role", "subject"), Map.of("id", entity, "role", "quoted"))))
                .when().post("/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("entities[1]"))
                .body("errors[0].message", startsWith("links entity " + entity + " again with another role (quoted, not subject)"));
        String id = given().contentType(ContentType.JSON).body(Map.of("title", "ประชุมเอสแคป " + u,
                        "entities", List.of(Map.of("id", entity, "role", "subject"), Map.of("id", entity, "role", "subject"))))
                .when().post("/v1/articles").then().statusCode(201).extract().path("id");
        given().get("/v1/articles/" + id).then().body("entities", hasSize(1)).body("entities[0].role", equalTo("subject"));
    }

    @Test
    void countsThaiWordsNotSpaces() {
        // One run of Thai letters without a space is still many words.
        given().contentType(ContentType.JSON).body(article("นับคำ " + unique(), "bodyText", "การเปลี่ยนผ่านทางดิจิทัลเพื่อลดช่องว่างการเข้าถึง"))
                .post("/v1/articles").then().statusCode(201).body("wordCount", greaterThanOrEqualTo(6)).body("readingTimeMinutes", equalTo(1));
    }

    @Test
    void sanitisesHtmlBodyOnWrite() {
        String html = "<p onclick=\"steal()\" style=\"color:red\">ข่าว<script>alert(1)</script> <a href=\"javascript:alert(1)\">ลิงก์</a>"
                + " <a href=\"https://www.thaigov.go.th/\">ทำเนียบ</a></p><iframe src=\"https://evil.example\"></iframe>";
        String body = given().contentType(ContentType.JSON).body(article("ทดสอบ HTML " + unique(), "bodyHtml", html))
                .post("/v1/articles").then().statusCode(201).extract().path("bodyHtml");
        assertFalse(body.contains("script"));
        assertFalse(body.contains("onclick"));
        assertFalse(body.contains("style"));
        assertFalse(body.contains("javascript"));
        assertFalse(body.contains("iframe"));
        assertTrue(body.contains("https://www.thaigov.go.th/"));
        assertTrue(body.contains("ทำเนียบ"));
    }

    @Test
    void rejectsBodySentBothAsHtmlAndText() {
        given().contentType(ContentType.JSON).body(article("สองแบบ", "bodyHtml", "<p>ก</p>", "bodyText", "ข"))
                .post("/v1/articles").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("bodyText"));
    }

    @Test
    void rejectsPublicationTimesWhoseYearIsNotFourDigits() {
        for (String time : List.of("+10000-01-01T00:00:00Z", "9999-12-31T23:00:00Z", "-0001-06-01T00:00:00Z", "0000-12-31T00:00:00Z")) {
            given().contentType(ContentType.JSON).body(article("ปีผิด " + unique(), "publishedAt", time))
                    .post("/v1/articles").then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("publishedAt"))
                    .body("errors[0].message", equalTo("must be between 0001-01-02 and 9999-12-30"));
        }
        // The oldest and latest accepted write four-digit years in the newsroom's zone too.
        given().contentType(ContentType.JSON).body(article("ปีเก่า " + unique(), "publishedAt", "0001-01-02T00:00:00Z"))
                .post("/v1/articles").then().statusCode(201).body("publishedAt", startsWith("0001-01-02T"));
        given().contentType(ContentType.JSON).body(article("ปีไกล " + unique(), "status", "draft", "publishedAt", "9999-12-30T12:00:00Z"))
                .post("/v1/articles").then().statusCode(201).body("publishedAt", equalTo("9999-12-30T19:00:00+07:00"));
    }

    @Test
    void writesTimesBeforeBangkokStandardTimeWithAnOffsetOfWholeMinutes() {
        // Bangkok kept local mean time, +06:42:04, until 1920; RFC 3339 offsets have no seconds.
        given().contentType(ContentType.JSON).body(article("ข่าวเก่า " + unique(), "publishedAt", "1900-01-01T00:00:00Z"))
                .post("/v1/articles").then().statusCode(201).body("publishedAt", equalTo("1900-01-01T06:42:00+06:42"));
    }

    @Test
    void embedsReferencesInTheOrderGiven() {
        String u = unique();
        String section = TestData.createSection("เทคโนโลยี " + u);
        String tagB = TestData.createTag("ดิจิทัล " + u);
        String tagA = TestData.createTag("เศรษฐกิจ " + u);
        String author = TestData.createAuthor("สมชาย ใจดี " + u);
        String escap = TestData.createEntity("organization", Map.of("th", "เอสแคป " + u, "en", "ESCAP " + u), List.of("UNESCAP"));
        String person = TestData.createEntity("person", Map.of("th", "ชัยวุฒิ ธนาคมานุสรณ์ " + u), List.of());

        given().contentType(ContentType.JSON).body(article("ชัยวุฒิ โชว์เน็ตประชารัฐ " + u,
                        "sectionId", section, "tagIds", List.of(tagB, tagA, tagB), "authorIds", List.of(author),
                        "entities", List.of(Map.of("id", person, "role", "subject"), Map.of("id", escap))))
                .post("/v1/articles").then().statusCode(201)
                .body("section.id", equalTo(section))
                .body("section.name", equalTo("เทคโนโลยี " + u))
                .body("tags.id", contains(tagB, tagA))
                .body("tags[0].name", equalTo("ดิจิทัล " + u))
                .body("authors[0].slug", notNullValue())
                .body("entities.id", contains(person, escap))
                .body("entities[0].role", equalTo("subject"))
                .body("entities[1].role", equalTo("mentioned"))
                .body("entities[1].type", equalTo("organization"))
                .body("entities[1].name.th", equalTo("เอสแคป " + u))
                .body("entities[1].name.en", equalTo("ESCAP " + u));
    }

    @Test
    void listsEveryUnknownReferenceAs422() {
        String ghost = "00000000-0000-0000-0000-000000000001";
        given().contentType(ContentType.JSON).body(article("อ้างอิงผิด " + unique(), "sectionId", ghost, "tagIds", List.of(ghost),
                        "entities", List.of(Map.of("id", ghost)), "related", List.of(Map.of("articleId", ghost))))
                .post("/v1/articles").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItems("sectionId", "tagIds[0]", "entities[0]", "related[0].articleId"));
    }

    @Test
    void generatesThaiSlugThatResolvesPercentEncodedAndSuffixesRepeats() {
        String title = "“ชัยวุฒิ” โชว์เน็ตประชารัฐ " + unique();
        String expected = title.replace("“", "").replace("”", "").replace(' ', '-');
        String first = given().contentType(ContentType.JSON).body(article(title)).post("/v1/articles")
                .then().statusCode(201).body("slug", equalTo(expected)).extract().path("id");
        given().contentType(ContentType.JSON).body(article(title)).post("/v1/articles")
                .then().statusCode(201).body("slug", equalTo(expected + "-2"));
        // The same slug is free in the other language.
        given().contentType(ContentType.JSON).body(article(title, "language", "en")).post("/v1/articles")
                .then().statusCode(201).body("slug", equalTo(expected));

        String encoded = URLEncoder.encode(expected, StandardCharsets.UTF_8);
        given().urlEncodingEnabled(false).when().get("/v1/articles/slug/" + encoded)
                .then().statusCode(200).body("id", equalTo(first)).body("language", equalTo("th"));
        given().urlEncodingEnabled(false).when().get("/v1/articles/slug/" + encoded + "?language=en")
                .then().statusCode(200).body("language", equalTo("en"));
        // A slug only an English article has is found without naming the language.
        String english = "cabinet-briefing-" + unique();
        String englishId = given().contentType(ContentType.JSON).body(article("Cabinet briefing", "language", "en", "slug", english))
                .post("/v1/articles").then().statusCode(201).extract().path("id");
        given().get("/v1/articles/slug/" + english).then().statusCode(200).body("id", equalTo(englishId)).body("language", equalTo("en"));
    }

    @Test
    void rejectsExplicitSlugAlreadyTaken() {
        String slug = "slug-" + unique();
        createArticle(article("หนึ่ง", "slug", slug));
        given().contentType(ContentType.JSON).body(article("สอง", "slug", slug)).post("/v1/articles")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString(slug));
    }

    @Test
    void returns404ForUnknownSlugAndId() {
        given().get("/v1/articles/slug/ไม่มีบทความนี้").then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        given().get("/v1/articles/7a1c0b1e-4f7e-4a55-9d8f-000000000000").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void filtersBySectionTagAuthorEntityLanguageAndDates() {
        String u = unique();
        String section = TestData.createSection("การเมือง " + u);
        String tag = TestData.createTag("เลือกตั้ง " + u);
        String author = TestData.createAuthor("นักข่าว " + u);
        String entity = TestData.createEntity("place", Map.of("th", "กรุงเทพมหานคร " + u), List.of("กทม."));
        String old = createArticle(article("เก่า " + u, "sectionId", section, "publishedAt", "2020-01-15T09:00:00+07:00"));
        String mid = createArticle(article("กลาง " + u, "sectionId", section, "tagIds", List.of(tag), "authorIds", List.of(author),
                "publishedAt", "2022-06-01T09:00:00+07:00"));
        String recent = createArticle(article("ใหม่ " + u, "sectionId", section, "language", "en",
                "entities", List.of(Map.of("id", entity, "role", "quoted")), "publishedAt", "2024-03-01T09:00:00+07:00"));

        given().queryParam("section", section).get("/v1/articles")
                .then().statusCode(200).body("data.id", contains(recent, mid, old)).body("meta.total", equalTo(3));
        String sectionSlug = given().get("/v1/sections/" + section).then().extract().path("slug");
        given().queryParam("section", sectionSlug).get("/v1/articles").then().body("meta.total", equalTo(3));
        given().queryParam("tag", tag).get("/v1/articles").then().body("data.id", contains(mid));
        given().queryParam("author", author).get("/v1/articles").then().body("data.id", contains(mid));
        given().queryParam("entity", entity).get("/v1/articles").then().body("data.id", contains(recent))
                .body("data[0].entities[0].role", equalTo("quoted"));
        given().queryParam("section", section).queryParam("language", "en").get("/v1/articles").then().body("data.id", contains(recent));
        given().queryParam("section", section).queryParam("publishedFrom", "2021-01-01").queryParam("publishedTo", "2023-01-01")
                .get("/v1/articles").then().body("data.id", contains(mid));
        given().queryParam("section", section).queryParam("sort", "publishedAt").get("/v1/articles")
                .then().body("data.id", contains(old, mid, recent));
    }

    @Test
    void aFilterNamingNothingIsA400WhetherByIdOrBySlug() {
        String u = unique();
        String missing = UUID.randomUUID().toString();
        given().queryParam("section", missing).get("/v1/articles").then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("section")).body("errors[0].message", equalTo("no section with id '" + missing + "'"));
        given().queryParam("q", "ข่าว").queryParam("entity", missing).get("/v1/search").then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("entity"));
        given().queryParam("author", "ไม่มีผู้เขียนนี้-" + u).get("/v1/articles").then().spec(ProblemSpec.problem(400))
                .body("errors[0].message", equalTo("no author with slug 'ไม่มีผู้เขียนนี้-" + u + "'"));

        // A tag in the trash is filtered by neither its id nor its slug, as it is not listed either.
        String trashed = TestData.createTag("ถังขยะ " + u);
        String trashedSlug = given().get("/v1/tags/" + trashed).then().extract().path("slug");
        given().delete("/v1/tags/" + trashed).then().statusCode(204);
        given().queryParam("tag", trashed).get("/v1/articles").then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("tag"));
        given().queryParam("tag", trashedSlug).get("/v1/articles").then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("tag"));

        // A slug that Java's lenient UUID parsing would take for an id is still a slug.
        String digits = "1-2-3-4-" + Math.abs(u.hashCode());
        String tag = TestData.post("/v1/tags", Map.of("name", "ตัวเลข " + u, "slug", digits));
        String tagged = createArticle(article("ติดแท็กตัวเลข " + u, "tagIds", List.of(tag)));
        given().queryParam("tag", digits).get("/v1/articles").then().statusCode(200).body("data.id", contains(tagged));
        given().queryParam("tag", tag.toUpperCase()).get("/v1/articles").then().statusCode(200).body("data.id", contains(tagged));
    }

    @Test
    void listsEntityArticles() {
        String u = unique();
        String entity = TestData.createEntity("organization", Map.of("th", "เอสแคป " + u, "en", "ESCAP " + u), List.of());
        String linked = createArticle(article("ประชุมเอสแคป " + u, "entities", List.of(Map.of("id", entity))));
        createArticle(article("ไม่เกี่ยว " + u));
        given().get("/v1/entities/" + entity + "/articles").then().statusCode(200)
                .body("data.id", contains(linked)).body("meta.total", equalTo(1));
        given().get("/v1/entities/00000000-0000-0000-0000-0000000000aa/articles").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void pagesByKeysetWithLinkHeaderAndStaysStableWhenNewArticlesArePublished() {
        String u = unique();
        String section = TestData.createSection("หน้า " + u);
        List<String> expected = new ArrayList<>();
        for (int day = 5; day >= 1; day--) {
            expected.add(createArticle(article("ข่าววันที่ " + day + " " + u, "sectionId", section,
                    "publishedAt", "2023-01-0" + day + "T08:00:00+07:00")));
        }
        ExtractableResponse<Response> first = given().queryParam("section", section).queryParam("limit", 2).get("/v1/articles")
                .then().statusCode(200).body("meta.total", equalTo(5)).body("meta.limit", equalTo(2))
                .header("Link", allOf(containsString("rel=\"next\""), containsString("cursor="), containsString("limit=2")))
                .extract();
        List<String> seen = new ArrayList<>(first.path("data.id"));

        // A newer article published between page requests must not shift the following pages.
        createArticle(article("ข่าวด่วน " + u, "sectionId", section));

        String cursor = first.path("meta.nextCursor");
        while (cursor != null) {
            ExtractableResponse<Response> page = given().queryParam("section", section).queryParam("limit", 2).queryParam("cursor", cursor)
                    .get("/v1/articles").then().statusCode(200).extract();
            seen.addAll(page.path("data.id"));
            cursor = page.path("meta.nextCursor");
            if (cursor == null) {
                assertNull(page.header("Link"), "the last page has no next link");
            }
        }
        assertEquals(expected, seen);
    }

    @Test
    void followsLinkHeaderToTheNextPage() {
        String u = unique();
        String section = TestData.createSection("ลิงก์ " + u);
        for (int i = 0; i < 3; i++) {
            createArticle(article("บทความ " + i + " " + u, "sectionId", section, "publishedAt", "2023-02-0" + (i + 1) + "T08:00:00Z"));
        }
        String link = given().queryParam("section", section).queryParam("limit", 2).get("/v1/articles").then().extract().header("Link");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        given().urlEncodingEnabled(false).get(next).then().statusCode(200).body("data", hasSize(1));
    }

    @Test
    void sortsTitlesInThaiDictionaryOrder() {
        String u = unique();
        String section = TestData.createSection("เรียง " + u);
        // Code-point order would put เกม last: Thai dictionaries file it under ก.
        for (String title : List.of("ฮา", "ข่าว", "เกม", "กา")) {
            createArticle(article(title, "sectionId", section));
        }
        given().queryParam("section", section).queryParam("sort", "title").get("/v1/articles")
                .then().body("data.title", contains("กา", "เกม", "ข่าว", "ฮา"));
        given().queryParam("section", section).queryParam("sort", "-title").queryParam("limit", 3).get("/v1/articles")
                .then().body("data.title", contains("ฮา", "ข่าว", "เกม"));
    }

    @Test
    void hidesDraftsAndFutureArticlesFromThePublicList() {
        String u = unique();
        String section = TestData.createSection("ร่าง " + u);
        String draft = createArticle(Map.of("title", "ร่าง " + u, "sectionId", section));
        String future = createArticle(Map.of("title", "ล่วงหน้า " + u, "sectionId", section, "status", "scheduled",
                "publishedAt", OffsetDateTime.now().plusDays(3).toString()));
        String live = createArticle(article("เผยแพร่ " + u, "sectionId", section));

        given().queryParam("section", section).get("/v1/articles").then().body("data.id", contains(live));
        given().queryParam("section", section).queryParam("status", "draft,scheduled").get("/v1/articles")
                .then().body("data.id", containsInAnyOrder(draft, future));
        given().queryParam("section", section).queryParam("status", "any").get("/v1/articles").then().body("meta.total", equalTo(3));
        given().get("/v1/articles/" + draft).then().statusCode(200).body("status", equalTo("draft")).body("publishedAt", nullValue());
    }

    @Test
    void requiresPublicationTimeToSchedule() {
        given().contentType(ContentType.JSON).body(Map.of("title", "ตั้งเวลา", "status", "scheduled"))
                .post("/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("publishedAt"));
    }

    @Test
    void mergePatchChangesOnlyTheGivenFields() {
        String u = unique();
        String tag = TestData.createTag("แพตช์ " + u);
        String id = createArticle(article("ก่อนแก้ " + u, "subtitle", "รอง", "bodyHtml", "<p>เนื้อหาเดิม</p>", "tagIds", List.of(tag)));
        given().contentType(MERGE_PATCH).body(Map.of("title", "หลังแก้ " + u, "bodyText", "เนื้อหาใหม่"))
                .patch("/v1/articles/" + id).then().statusCode(200)
                .body("title", equalTo("หลังแก้ " + u))
                .body("subtitle", equalTo("รอง"))
                .body("bodyHtml", equalTo("<p>เนื้อหาใหม่</p>"))
                .body("tags.id", contains(tag))
                .body("slug", equalTo("ก่อนแก้-" + u));
        given().contentType(MERGE_PATCH).body("{\"subtitle\": null, \"tagIds\": []}")
                .patch("/v1/articles/" + id).then().statusCode(200).body("subtitle", nullValue()).body("tags", empty());
        given().contentType(MERGE_PATCH).body("{\"status\": \"gone\"}")
                .patch("/v1/articles/" + id).then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("status"));
    }

    @Test
    void putReplacesAndClearsOmittedFields() {
        String id = createArticle(article("แทนที่ " + unique(), "summary", "สรุป", "coverImage",
                Map.of("url", "https://cdn.example.com/a.jpg", "alt", "ภาพ", "credit", "ทำเนียบรัฐบาล")));
        given().get("/v1/articles/" + id).then().body("coverImage.credit", equalTo("ทำเนียบรัฐบาล"));
        given().contentType(ContentType.JSON).body(Map.of("title", "ใหม่ทั้งหมด"))
                .put("/v1/articles/" + id).then().statusCode(200)
                .body("summary", nullValue()).body("coverImage", nullValue()).body("status", equalTo("draft"));
    }

    @Test
    void rejectedWriteChangesNothing() {
        String id = createArticle(article("คงเดิม " + unique(), "summary", "ต้องไม่หาย"));
        given().contentType(ContentType.JSON).body(Map.of("title", "แก้", "tagIds", List.of("00000000-0000-0000-0000-000000000009")))
                .put("/v1/articles/" + id).then().statusCode(422);
        given().contentType(ContentType.JSON).body("{\"title\": \"แก้\", ")
                .put("/v1/articles/" + id).then().statusCode(400);
        given().get("/v1/articles/" + id).then().body("summary", equalTo("ต้องไม่หาย")).body("title", startsWith("คงเดิม"));
    }

    @Test
    void deletesThenAnswers404() {
        String id = createArticle(article("ลบ " + unique()));
        given().delete("/v1/articles/" + id).then().statusCode(204);
        given().get("/v1/articles/" + id).then().statusCode(404).contentType(PROBLEM);
        given().delete("/v1/articles/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void keepsRelatedLinksInOrder() {
        String other = createArticle(article("อีกเรื่อง " + unique()));
        String headline = "ซิสโก้ จับมือ แพลนเน็ตคอม พัฒนา “โมบายล์ดาต้าเซ็นเตอร์” ขับเคลื่อนสมาร์ทซิตี้ในไทย";
        String id = given().contentType(ContentType.JSON).body(article("มีข่าวที่เกี่ยวข้อง " + unique(), "related", List.of(
                        Map.of("headline", headline), Map.of("articleId", other), Map.of("headline", "อ่านต่อ", "url", "https://example.com/x"))))
                .post("/v1/articles").then().statusCode(201)
                .body("related[0].type", equalTo("external"))
                .body("related[0].headline", equalTo(headline))
                .body("related[0].url", nullValue())
                .body("related[1].type", equalTo("article"))
                .body("related[1].article.id", equalTo(other))
                .body("related[2].url", equalTo("https://example.com/x"))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(article("ผิด", "related", List.of(Map.of("articleId", other, "headline", "ทั้งสอง"))))
                .post("/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("related[0]"));
        given().contentType(MERGE_PATCH).body(Map.of("related", List.of(Map.of("articleId", id))))
                .patch("/v1/articles/" + id).then().statusCode(400).body("errors[0].field", equalTo("related[0].articleId"));
    }

    @Test
    void keepsExternalIdsUniquePerSource() {
        String external = "ext-" + unique();
        createArticle(article("นำเข้า 1", "externalSource", "thaigov", "externalId", external));
        given().contentType(ContentType.JSON).body(article("นำเข้า 2", "externalSource", "thaigov", "externalId", external))
                .post("/v1/articles").then().statusCode(409).contentType(PROBLEM);
        createArticle(article("นำเข้า 3", "externalSource", "other", "externalId", external));
        given().contentType(ContentType.JSON).body(article("นำเข้า 4", "externalId", external))
                .post("/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("externalSource"));
    }

    @Test
    void answersBadInputWithProblemsNever500() {
        given().contentType(ContentType.JSON).body("{\"title\": ").post("/v1/articles")
                .then().statusCode(400).contentType(PROBLEM).body("title", notNullValue()).body("type", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("title", Map.of("th", "x"))).post("/v1/articles")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("title"));
        given().contentType(ContentType.JSON).body(Map.of("title", "ก", "status", "live")).post("/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("status")).body("errors[0].message", containsString("published"));
        given().contentType(ContentType.JSON).body(Map.of("title", "ก", "publishedAt", "yesterday")).post("/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("publishedAt"));
        given().contentType(ContentType.JSON).body(Map.of("title", "ก", "sectionId", "not-a-uuid")).post("/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("sectionId"));
        given().contentType(ContentType.JSON).body(Map.of("title", "ก".repeat(501))).post("/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        given().contentType(ContentType.JSON).body(Map.of("title", "ก", "colour", "red")).post("/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
        given().contentType(ContentType.JSON).body(Map.of("title", "ก", "slug", "Not A Slug")).post("/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("slug"));
        given().contentType(ContentType.JSON).body(Map.of("title", "ก", "canonicalUrl", "javascript:alert(1)")).post("/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("canonicalUrl"));
        given().contentType(ContentType.JSON).body(new byte[]{'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'})
                .post("/v1/articles").then().statusCode(400).contentType(PROBLEM).body("detail", containsString("UTF-8"));
        given().contentType(ContentType.XML).body("<article/>").post("/v1/articles").then().statusCode(415).contentType(PROBLEM);
        given().get("/v1/articles/12345").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("id"));
        given().queryParam("limit", 0).get("/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 101).get("/v1/articles").then().statusCode(400);
        given().queryParam("sort", "popularity").get("/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().queryParam("status", "deleted").get("/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("language", "fr").get("/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("language"));
        given().queryParam("publishedFrom", "01/05/2024").get("/v1/articles").then().statusCode(400);
        given().queryParam("publishedFrom", "+999999999-12-31T23:59:59Z").get("/v1/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("publishedFrom")).body("errors[0].message", equalTo("must be between 0001-01-02 and 9999-12-30"));
        given().queryParam("publishedTo", "-0001-01-01").get("/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("publishedTo"));
        given().queryParam("publishedFrom", "2024-05-01").queryParam("publishedTo", "2024-05-01").get("/v1/articles").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("publishedTo"))
                .body("errors[0].message", startsWith("must be after publishedFrom; it is exclusive"));
        given().queryParam("q", "ข่าว").queryParam("publishedFrom", "2024-06-01T00:00:00+07:00").queryParam("publishedTo", "2024-05-01")
                .get("/v1/search").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("publishedTo"));
        given().queryParam("cursor", "garbage!").get("/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("section", "no-such-section-" + unique()).get("/v1/articles").then().statusCode(400).contentType(PROBLEM);
        createArticle(article("เคอร์เซอร์ 1 " + unique()));
        createArticle(article("เคอร์เซอร์ 2 " + unique()));
        given().queryParam("sort", "title").queryParam("cursor",
                given().queryParam("limit", 1).get("/v1/articles").then().extract().path("meta.nextCursor").toString())
                .get("/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
