package dev.khao.search.query;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;

import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.createSection;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(SearchCountLimitTest.SmallLimits.class)
class SearchCountLimitTest {

    /** Counts and ranks only the newest two matches, so a handful of articles goes past the limits. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khao.search.count-limit", "2", "khao.search.rank-candidates", "2");
        }
    }

    private static String article(String section, String publishedAt) {
        return createArticle(Map.of("title", "ข่าว " + unique(), "bodyText", "ราคามังคุดส่งออก", "status", "published",
                "sectionId", section, "publishedAt", publishedAt));
    }

    @Test
    void countsUpToTheLimitAndSaysTheTotalIsALowerBound() {
        String section = createSection("นับ " + unique());
        String oldest = article(section, "2019-03-01T09:00:00+07:00");
        String older = article(section, "2020-03-01T09:00:00+07:00");
        String recent = article(section, OffsetDateTime.now().minusDays(2).toString());
        String newest = article(section, OffsetDateTime.now().minusHours(1).toString());
        given().queryParam("q", "มังคุด").queryParam("section", section).get("/v1/search").then().statusCode(200)
                .body("meta.total", equalTo(2))
                .body("meta.totalIsLowerBound", equalTo(true))
                .body("meta.facets.sections[0].count", equalTo(2))
                .body("data.article.id", contains(newest, recent));
        // Newest first still reaches every match, page by page, however old.
        String cursor = given().queryParam("q", "มังคุด").queryParam("section", section).queryParam("sort", "newest")
                .queryParam("limit", 3).get("/v1/search").then().statusCode(200)
                .body("data.article.id", contains(newest, recent, older)).extract().path("meta.nextCursor");
        given().queryParam("q", "มังคุด").queryParam("section", section).queryParam("sort", "newest").queryParam("cursor", cursor)
                .get("/v1/search").then().statusCode(200).body("data.article.id", contains(oldest));
        // Fewer matches than the limit: an exact total, found whatever their age.
        given().queryParam("q", "มังคุด").queryParam("section", section).queryParam("publishedTo", "2021-01-01T00:00:00Z")
                .get("/v1/search").then().statusCode(200)
                .body("meta.total", equalTo(2)).body("meta.totalIsLowerBound", equalTo(false))
                .body("data.article.id", contains(older, oldest));
    }
}
