package dev.khao.article;

import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static dev.khao.support.ProblemSpec.problem;
import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class SlugRedirectTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final String JSON = "application/json; charset=UTF-8";

    private static void rename(String id, String slug) {
        given().contentType(MERGE_PATCH).body(Map.of("slug", slug)).patch("/v1/articles/" + id).then().statusCode(200).body("slug", equalTo(slug));
    }

    private static ValidatableResponse bySlug(String slug) {
        return TestKeys.anonymous().redirects().follow(false).get("/v1/articles/slug/" + slug).then();
    }

    private static String location(String slug) {
        return "/v1/articles/slug/" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "?language=th";
    }

    @Test
    void everyOldSlugRedirectsStraightToTheCurrentOne() {
        String u = unique();
        String a = "ข่าวเดิม-" + u;
        String b = "ข่าวแก้ครั้งแรก-" + u;
        String c = "ข่าวแก้ครั้งที่สอง-" + u;
        String id = createArticle(Map.of("title", "ข่าวเดิม " + u, "slug", a, "status", "published"));
        rename(id, b);
        rename(id, c);

        for (String old : new String[]{a, b}) {
            String header = bySlug(old).statusCode(301).header("Location", endsWith(location(c)))
                    .body("id", equalTo(id)).body("slug", equalTo(c)).body("language", equalTo("th"))
                    .extract().header("Location");
            bySlug(old).body("location", equalTo(header)).body("location", startsWith("http"));
        }
        bySlug(c).statusCode(200).body("id", equalTo(id));
        // Followed, the redirect lands on the article.
        TestKeys.anonymous().get("/v1/articles/slug/" + a).then().statusCode(200).body("id", equalTo(id)).body("slug", equalTo(c));
        given().get("/v1/articles/" + id + "/slug-redirects").then().statusCode(200).body("data.slug", contains(b, a))
                .body("data[0].by", equalTo("admin (KHAO_ADMIN_KEY)")).body("meta.total", equalTo(2)).body("meta.nextCursor", nullValue());
    }

    @Test
    void renamingBackToAnOldSlugNeverLoops() {
        String u = unique();
        String a = "ไปกลับ-" + u;
        String b = "ไปแล้ว-" + u;
        String id = createArticle(Map.of("title", "ไปกลับ " + u, "slug", a, "status", "published"));
        rename(id, b);
        rename(id, a);
        bySlug(a).statusCode(200).body("id", equalTo(id));
        bySlug(b).statusCode(301).header("Location", endsWith(location(a)));
        given().get("/v1/articles/" + id + "/slug-redirects").then().body("data.slug", contains(b));
    }

    @Test
    void oldSlugsAreListedNewestFirstInPagesOfTheirOwnArticle() {
        String u = unique();
        String id = createArticle(Map.of("title", "หลายชื่อ " + u, "slug", "ชื่อที่หนึ่ง-" + u, "status", "published"));
        rename(id, "ชื่อที่สอง-" + u);
        rename(id, "ชื่อที่สาม-" + u);
        rename(id, "ชื่อที่สี่-" + u);

        var first = given().queryParam("limit", 2).get("/v1/articles/" + id + "/slug-redirects").then().statusCode(200)
                .body("data.slug", contains("ชื่อที่สาม-" + u, "ชื่อที่สอง-" + u))
                .body("meta.total", equalTo(3)).body("meta.limit", equalTo(2)).body("meta.nextCursor", notNullValue())
                .header("Link", containsString("rel=\"next\"")).extract();
        String cursor = first.path("meta.nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", cursor).get("/v1/articles/" + id + "/slug-redirects").then().statusCode(200)
                .body("data.slug", contains("ชื่อที่หนึ่ง-" + u)).body("meta.nextCursor", nullValue());

        // A cursor pages only the list it came from.
        String other = createArticle(Map.of("title", "อีกข่าว " + u, "status", "published"));
        given().queryParam("cursor", cursor).get("/v1/articles/" + other + "/slug-redirects").then().spec(problem(400))
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("limit", 101).get("/v1/articles/" + id + "/slug-redirects").then().spec(problem(400))
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void anOldSlugIsNotFreeUntilAnEditorFreesIt() {
        String u = unique();
        String old = "สงวนไว้-" + u;
        String first = createArticle(Map.of("title", "สงวนไว้ " + u, "slug", old, "status", "published"));
        rename(first, "ย้ายแล้ว-" + u);

        given().contentType(JSON).body(Map.of("title", "แย่งชื่อ", "slug", old)).post("/v1/articles")
                .then().spec(problem(409)).body("detail", containsString("redirects"));
        // A generated slug steps around it too.
        given().contentType(JSON).body(Map.of("title", "สงวนไว้ " + u)).post("/v1/articles")
                .then().statusCode(201).body("slug", equalTo(old + "-2"));

        TestKeys.anonymous().delete("/v1/articles/slug-redirects/" + old).then().spec(problem(401));
        given().delete("/v1/articles/slug-redirects/" + old).then().statusCode(204);
        given().delete("/v1/articles/slug-redirects/" + old).then().spec(problem(404));
        bySlug(old).statusCode(404);
        String second = createArticle(Map.of("title", "ได้ชื่อ " + u, "slug", old, "status", "published"));
        bySlug(old).statusCode(200).body("id", equalTo(second));
    }

    @Test
    void anOldSlugOfAnArticleThePublicCannotSeeIsNotFound() {
        String u = unique();
        String old = "ร่างเปลี่ยนชื่อ-" + u;
        String id = createArticle(Map.of("title", "ร่าง " + u, "slug", old));
        rename(id, "ร่างชื่อใหม่-" + u);
        bySlug(old).statusCode(404);
        given().redirects().follow(false).get("/v1/articles/slug/" + old).then().statusCode(301);
    }
}
