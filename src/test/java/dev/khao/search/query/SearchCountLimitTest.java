package dev.khao.search.query;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.createSection;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestProfile(SearchCountLimitTest.SmallLimits.class)
class SearchCountLimitTest {

    /**
     * Counts and ranks only the newest two matches, so a handful of articles goes past the limits, and runs one search
     * at a time, so two at once already queue (SearchQueueTest).
     */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khao.search.count-limit", "2", "khao.search.rank-candidates", "2",
                    "khao.search.max-concurrent", "1", "khao.search.queue-timeout", "2s");
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

    @Test
    void pagesNewestFirstThroughMatchesOfAnyAgeAcrossQuarters() {
        String section = createSection("ยุค " + unique());
        // Searches read the index a quarter (7,889,400 s from the epoch) at a time: 1970-04-02T07:30Z starts the second.
        // Pages after a cursor walk the quarters down from the cursor's, so these pages cross 1970's quarters, the epoch
        // and the years before 1899; a wrong quarter start would repeat or skip articles.
        String secondQuarter = article(section, "1970-04-02T07:30:00Z");
        String firstQuarterEnd = article(section, "1970-04-02T07:29:59Z");
        String epoch = article(section, "1970-01-01T00:00:00Z");
        String beforeEpoch = article(section, "1969-12-31T23:59:59Z");
        String longAgo = article(section, "1899-12-31T17:00:00Z");
        assertEquals(List.of(secondQuarter, firstQuarterEnd, epoch, beforeEpoch, longAgo), newestFirst(section, 2));
        given().queryParam("q", "มังคุด").queryParam("section", section).get("/v1/search").then().statusCode(200)
                .body("meta.total", equalTo(2)).body("meta.totalIsLowerBound", equalTo(true))
                .body("data.article.id", contains(secondQuarter, firstQuarterEnd));
    }

    @Test
    void pagesNewestFirstThroughMoreQuartersThanAreAskedOneByOne() {
        String section = createSection("ไตรมาส " + unique());
        // Twenty articles from 1980 on, a hundred days apart (a quarter is 91.3 days), each in a quarter of its own: more
        // quarters than searches ask the index for one at a time, so the oldest are found by the query for all older
        // matches, after the newer ones.
        List<String> expected = new ArrayList<>();
        OffsetDateTime first = OffsetDateTime.parse("1980-01-15T09:00:00+07:00");
        for (int i = 0; i < SearchRepository.RECENT_ERAS + 4; i++) {
            expected.add(0, article(section, first.plusDays(100L * i).toString()));
        }
        assertEquals(expected, newestFirst(section, 3));
        given().queryParam("q", "มังคุด").queryParam("section", section).get("/v1/search").then().statusCode(200)
                .body("meta.total", equalTo(2)).body("meta.totalIsLowerBound", equalTo(true))
                .body("data.article.id", contains(expected.get(0), expected.get(1)));
    }

    /** Every match of มังคุด in the section, newest first, read page by page. */
    private static List<String> newestFirst(String section, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", "มังคุด").queryParam("section", section).queryParam("sort", "newest").queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get("/v1/search").then().statusCode(200).extract();
            seen.addAll(page.path("data.article.id"));
            cursor = page.path("meta.nextCursor");
        } while (cursor != null);
        return seen;
    }
}
