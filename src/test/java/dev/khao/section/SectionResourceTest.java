package dev.khao.section;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import dev.khao.support.TestData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SectionResourceTest {

    @Test
    void createsAndReadsThaiSectionByPercentEncodedSlug() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "ไอที ดิจิทัล", "description", "ข่าวไอที"))
                .when().post("/v1/sections")
                .then().statusCode(201)
                .header("Location", containsString("/v1/sections/"))
                .body("slug", equalTo("ไอที-ดิจิทัล"))
                .body("name", equalTo("ไอที ดิจิทัล"))
                .body("articleCount", equalTo(0))
                .extract().path("id");

        given().urlEncodingEnabled(false)
                .when().get("/v1/sections/slug/%E0%B9%84%E0%B8%AD%E0%B8%97%E0%B8%B5-%E0%B8%94%E0%B8%B4%E0%B8%88%E0%B8%B4%E0%B8%97%E0%B8%B1%E0%B8%A5")
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void rejectsMalformedUuidWithProblem() {
        given().when().get("/v1/sections/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors[0].field", equalTo("id"));
    }

    @Test
    void rejectsBlankNameWithFieldError() {
        given().contentType(ContentType.JSON).body(Map.of("name", " "))
                .when().post("/v1/sections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void rejectsUnknownFieldWithProblem() {
        given().contentType(ContentType.JSON).body(Map.of("name", "บันเทิง", "colour", "แดง"))
                .when().post("/v1/sections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void unknownRouteIsProblem() {
        given().when().get("/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void mergePatchChangesOnlyGivenFields() {
        String id = given().contentType(ContentType.JSON).body(Map.of("name", "กีฬา", "description", "ฟุตบอล"))
                .post("/v1/sections").then().statusCode(201).extract().path("id");
        given().contentType("application/merge-patch+json").body("{\"description\": null}")
                .patch("/v1/sections/" + id)
                .then().statusCode(200).body("name", equalTo("กีฬา")).body("description", nullValue());
    }

    @Test
    void listsInThaiDictionaryOrderAcrossPages() {
        String u = TestData.unique();
        for (String name : List.of("ฮา " + u, "ข่าว " + u, "เกม " + u, "กา " + u)) {
            TestData.createSection(name);
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("limit", 2).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/v1/sections").then().statusCode(200).extract();
            names.addAll(page.path("data.name"));
            cursor = page.path("meta.nextCursor");
        } while (cursor != null);
        List<String> mine = names.stream().filter(n -> n.endsWith(u)).toList();
        assertEquals(List.of("กา " + u, "เกม " + u, "ข่าว " + u, "ฮา " + u), mine);
    }

    @Test
    void countsOnlyPublishedArticles() {
        String u = TestData.unique();
        String id = TestData.createSection("นับ " + u);
        TestData.createArticle(Map.of("title", "เผยแพร่ " + u, "status", "published", "sectionId", id));
        TestData.createArticle(Map.of("title", "ร่าง " + u, "sectionId", id));
        given().get("/v1/sections/" + id).then().statusCode(200).body("articleCount", equalTo(1));
    }

    @Test
    void putReplacesDescriptionButKeepsSlug() {
        String id = TestData.createSection("การเมือง " + TestData.unique());
        String slug = given().get("/v1/sections/" + id).then().extract().path("slug");
        given().contentType(ContentType.JSON).body(Map.of("name", "การเมืองไทย"))
                .put("/v1/sections/" + id).then().statusCode(200)
                .body("name", equalTo("การเมืองไทย")).body("slug", equalTo(slug)).body("description", nullValue());
    }

    @Test
    void rejectsSlugOfAnotherSectionWithConflict() {
        String taken = "section-" + TestData.unique();
        given().contentType(ContentType.JSON).body(Map.of("name", "หนึ่ง", "slug", taken)).post("/v1/sections").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("name", "สอง", "slug", taken)).post("/v1/sections")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void deletingSectionInUseNeedsForceAndKeepsItsArticles() {
        String u = TestData.unique();
        String id = TestData.createSection("ลบ " + u);
        String article = TestData.createArticle(Map.of("title", "ยังอยู่ " + u, "sectionId", id));
        given().delete("/v1/sections/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("used by 1 article"));
        given().get("/v1/articles/" + article).then().statusCode(200).body("section.id", equalTo(id));
        given().queryParam("force", true).delete("/v1/sections/" + id).then().statusCode(204);
        given().get("/v1/sections/" + id).then().statusCode(404).contentType("application/problem+json");
        given().get("/v1/articles/" + article).then().statusCode(200).body("section", nullValue());
        // Restored, the section is the article's again.
        given().post("/v1/sections/" + id + "/restore").then().statusCode(200).body("id", equalTo(id));
        given().get("/v1/articles/" + article).then().statusCode(200).body("section.id", equalTo(id));
    }
}
