package dev.khao.caching;

import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class HttpCachingTest {

    private static final String PUBLIC = "public, max-age=60, stale-while-revalidate=300";

    private static String publishedArticle(String section, String tag) {
        return TestData.createArticle(Map.of("title", "ข่าวแคช " + TestData.unique(), "status", "published",
                "sectionId", section, "tagIds", List.of(tag)));
    }

    @Test
    void publicReadsCarryValidatorsAndSharedCacheDirectives() {
        String section = TestData.createSection("หมวดแคช " + TestData.unique());
        String tag = TestData.createTag("แท็กแคช " + TestData.unique());
        String article = publishedArticle(section, tag);

        ExtractableResponse<Response> read = TestKeys.anonymous().get("/v1/articles/" + article)
                .then().statusCode(200)
                .header("ETag", startsWith("\""))
                .header("Last-Modified", containsString("GMT"))
                .header("Cache-Control", PUBLIC)
                .header("Vary", allOf(containsString("Accept-Encoding"), containsString("Authorization"), containsString("X-Api-Key")))
                .extract();
        List<String> keys = List.of(read.header("Surrogate-Key").split(" "));
        assertTrue(keys.containsAll(List.of(article, section, tag)), "Surrogate-Key " + keys);
    }

    @Test
    void revalidationAnswers304WithoutABody() {
        String article = publishedArticle(TestData.createSection("หมวด304 " + TestData.unique()), TestData.createTag("แท็ก304 " + TestData.unique()));
        ExtractableResponse<Response> first = TestKeys.anonymous().get("/v1/articles/" + article).then().statusCode(200).extract();

        TestKeys.anonymous().header("If-None-Match", first.header("ETag")).get("/v1/articles/" + article)
                .then().statusCode(304).body(emptyString()).header("ETag", first.header("ETag")).header("Cache-Control", PUBLIC);
        TestKeys.anonymous().header("If-None-Match", "\"other\", " + first.header("ETag")).get("/v1/articles/" + article).then().statusCode(304);
        TestKeys.anonymous().header("If-Modified-Since", first.header("Last-Modified")).get("/v1/articles/" + article).then().statusCode(304);
        TestKeys.anonymous().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").get("/v1/articles/" + article).then().statusCode(200);
        TestKeys.anonymous().header("If-None-Match", "\"other\"").header("If-Modified-Since", first.header("Last-Modified"))
                .get("/v1/articles/" + article).then().statusCode(200);
    }

    @Test
    void theEntityTagChangesAfterAnEdit() {
        String article = publishedArticle(TestData.createSection("หมวดแก้ " + TestData.unique()), TestData.createTag("แท็กแก้ " + TestData.unique()));
        String before = TestKeys.anonymous().get("/v1/articles/" + article).then().statusCode(200).extract().header("ETag");
        String listBefore = TestKeys.anonymous().get("/v1/articles").then().statusCode(200).extract().header("ETag");

        given().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("subtitle", "พาดหัวรองใหม่"))
                .patch("/v1/articles/" + article).then().statusCode(200);

        String after = TestKeys.anonymous().header("If-None-Match", before).get("/v1/articles/" + article)
                .then().statusCode(200).body("subtitle", equalTo("พาดหัวรองใหม่")).extract().header("ETag");
        assertNotEquals(before, after);
        TestKeys.anonymous().header("If-None-Match", listBefore).get("/v1/articles").then().statusCode(200);
    }

    @Test
    void listsNameTheirCollectionAndEveryResourceShown() {
        String section = TestData.createSection("หมวดรายการ " + TestData.unique());
        String tag = TestData.createTag("แท็กรายการ " + TestData.unique());
        String article = publishedArticle(section, tag);
        String keys = TestKeys.anonymous().queryParam("tag", tag).get("/v1/articles")
                .then().statusCode(200).header("ETag", notNullValue()).extract().header("Surrogate-Key");
        assertTrue(keys.startsWith("articles "), keys);
        assertTrue(List.of(keys.split(" ")).containsAll(List.of(article, section, tag)), keys);

        String sections = TestKeys.anonymous().get("/v1/sections").then().statusCode(200).extract().header("Surrogate-Key");
        assertTrue(sections.startsWith("sections"), sections);
    }

    @Test
    void searchAndSuggestionsAreCacheableToo() {
        TestKeys.anonymous().queryParam("q", "ข่าว").get("/v1/search").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", PUBLIC).header("Surrogate-Key", startsWith("search"));
        TestKeys.anonymous().queryParam("q", "ข่าว").get("/v1/suggest").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", PUBLIC);
    }

    @Test
    void editorAndAdminResponsesAreNeverStored() {
        String article = publishedArticle(TestData.createSection("หมวดบรรณาธิการ " + TestData.unique()), TestData.createTag("แท็กบรรณาธิการ " + TestData.unique()));
        String editor = TestKeys.newKey("editor");
        TestKeys.withKey(editor).get("/v1/articles/" + article).then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("ETag", notNullValue());
        given().get("/v1/articles").then().statusCode(200).header("Cache-Control", "private, no-store");
        String partner = TestKeys.newKey("partner");
        TestKeys.withKey(partner).get("/v1/articles/" + article).then().statusCode(200).header("Cache-Control", PUBLIC);
    }

    @Test
    void draftsAreNeverStored() {
        String draft = TestData.createArticle(Map.of("title", "ร่างข่าว " + TestData.unique(), "status", "draft"));
        given().get("/v1/articles/" + draft).then().statusCode(200).header("Cache-Control", "private, no-store");
    }

    @Test
    void writesAndProblemsGetNoValidators() {
        // A 201's validators are those of the new representation (RFC 9110 §15.3.2, for If-Match on the next write),
        // never a cacheable answer.
        var created = given().contentType("application/json").body(Map.of("name", "หมวดเขียน " + TestData.unique()))
                .post("/v1/sections").then().statusCode(201).header("Cache-Control", not(equalTo(PUBLIC))).extract().response();
        given().get("/v1/sections/" + created.path("id")).then().statusCode(200).header("ETag", equalTo(created.header("ETag")));
        TestKeys.anonymous().get("/v1/articles/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .header("Cache-Control", not(equalTo(PUBLIC)));
    }
}
