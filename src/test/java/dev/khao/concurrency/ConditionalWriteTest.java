package dev.khao.concurrency;

import dev.khao.support.ProblemSpec;
import dev.khao.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class ConditionalWriteTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final String STRONG_TAG = "\"[A-Za-z0-9_-]{22}\"";
    private static final int CLIENTS = 32;

    private static String etagOf(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static int revisionCount(String articleId) {
        return given().when().get("/v1/articles/" + articleId + "/revisions").then().statusCode(200).extract().path("meta.total");
    }

    @Test
    void everySingleResourceReadCarriesAStrongEtagThatChangesWithEveryWrite() {
        Map<String, String> created = Map.of(
                "/v1/sections/", TestData.createSection("ข่าวภูมิภาค " + unique()),
                "/v1/tags/", TestData.createTag("น้ำท่วม " + unique()),
                "/v1/authors/", TestData.createAuthor("สมหญิง รักข่าว " + unique()),
                "/v1/entities/", TestData.createEntity("organization", Map.of("th", "กรมอุตุนิยมวิทยา " + unique()), List.of()),
                "/v1/articles/", TestData.createArticle(Map.of("title", "พายุเข้า " + unique())));
        created.forEach((base, id) -> {
            Response byId = given().when().get(base + id).then().statusCode(200)
                    .header("ETag", matchesPattern(STRONG_TAG)).header("Last-Modified", notNullValue())
                    .body("version", equalTo(0)).extract().response();
            String slug = byId.path("slug");
            given().when().get(base + "slug/" + slug).then().statusCode(200).header("ETag", equalTo(byId.header("ETag")));

            String afterPatch = given().contentType(MERGE_PATCH).header("If-Match", byId.header("ETag"))
                    .body(Map.of("slug", slug + "-2")).when().patch(base + id)
                    .then().statusCode(200).header("ETag", matchesPattern(STRONG_TAG)).body("version", equalTo(1))
                    .extract().header("ETag");
            assertNotEquals(byId.header("ETag"), afterPatch, base);
            assertEquals(afterPatch, etagOf(base + id), base + ": the write's ETag is the next read's");
        });
    }

    @Test
    void createdResourcesCarryTheirEtag() {
        Response created = given().contentType(ContentType.JSON).body(Map.of("name", "แท็กใหม่ " + unique()))
                .when().post("/v1/tags").then().statusCode(201).header("ETag", matchesPattern(STRONG_TAG)).extract().response();
        assertEquals(created.header("ETag"), etagOf("/v1/tags/" + created.path("id")));
    }

    @Test
    void staleIfMatchIsRefusedWith412CarryingTheCurrentEtag() {
        String id = TestData.createArticle(Map.of("title", "ราคาน้ำมัน " + unique()));
        String first = etagOf("/v1/articles/" + id);
        given().contentType(MERGE_PATCH).header("If-Match", first).body(Map.of("summary", "ขึ้น 50 สตางค์"))
                .when().patch("/v1/articles/" + id).then().statusCode(200);
        String current = etagOf("/v1/articles/" + id);

        given().contentType(MERGE_PATCH).header("If-Match", first).body(Map.of("summary", "ลง 50 สตางค์"))
                .when().patch("/v1/articles/" + id)
                .then().spec(ProblemSpec.problem(412)).header("ETag", equalTo(current));
        given().contentType(ContentType.JSON).header("If-Match", first).body(Map.of("title", "ทับ"))
                .when().put("/v1/articles/" + id)
                .then().spec(ProblemSpec.problem(412)).header("ETag", equalTo(current));
        given().header("If-Match", first).when().delete("/v1/articles/" + id)
                .then().spec(ProblemSpec.problem(412)).header("ETag", equalTo(current));
        given().when().get("/v1/articles/" + id).then().statusCode(200).body("summary", equalTo("ขึ้น 50 สตางค์"));
        assertEquals(2, revisionCount(id));
    }

    @Test
    void ifMatchComparesStronglyAndAcceptsListsAndAnyState() {
        String id = TestData.createTag("ฝุ่น PM2.5 " + unique());
        String current = etagOf("/v1/tags/" + id);
        given().contentType(MERGE_PATCH).header("If-Match", "W/" + current).body(Map.of("description", "อ่อน"))
                .when().patch("/v1/tags/" + id).then().spec(ProblemSpec.problem(412));
        String next = given().contentType(MERGE_PATCH).header("If-Match", "\"other\", " + current).body(Map.of("description", "รายการ"))
                .when().patch("/v1/tags/" + id).then().statusCode(200).extract().header("ETag");
        given().contentType(MERGE_PATCH).header("If-Match", "*").body(Map.of("description", "ใดๆ"))
                .when().patch("/v1/tags/" + id).then().statusCode(200).header("ETag", not(equalTo(next)));
        given().header("If-Match", etagOf("/v1/tags/" + id)).when().delete("/v1/tags/" + id).then().statusCode(204);
        given().when().get("/v1/tags/" + id).then().statusCode(404);
    }

    @Test
    void aVersionThatIsNotAWholeNumberIsRefusedNotIgnored() {
        String article = TestData.createArticle(Map.of("title", "เลื่อนสอบ " + unique()));
        given().contentType(MERGE_PATCH).body(Map.of("summary", "ครั้งแรก")).when().patch("/v1/articles/" + article).then().statusCode(200);
        // Version 0 is stale now: written as 0.0 or "0" it used to be read as no version, and the write went through.
        for (String stale : new String[] {"0.0", "\"0\"", "0.9", "1e0", "true"}) {
            given().contentType(MERGE_PATCH).body("{\"summary\":\"ทับ\",\"version\":" + stale + "}")
                    .when().patch("/v1/articles/" + article)
                    .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("version"));
        }
        String section = TestData.createSection("การสอบ " + unique());
        for (String stale : new String[] {"0.1", "\"0\""}) {
            given().contentType(ContentType.JSON).body("{\"name\":\"การสอบไทย\",\"version\":" + stale + "}")
                    .when().put("/v1/sections/" + section)
                    .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("version"));
        }
        given().when().get("/v1/articles/" + article).then().body("summary", equalTo("ครั้งแรก")).body("version", equalTo(1));
        given().when().get("/v1/sections/" + section).then().body("version", equalTo(0));
    }

    @Test
    void anEmptyIfMatchMatchesNothingRatherThanMeaningNoCondition() {
        String id = TestData.createArticle(Map.of("title", "ประกาศด่วน " + unique()));
        // A script sending If-Match: $ETAG with the variable unset must not get an unconditional write or delete.
        for (String empty : new String[] {"", " ", ","}) {
            given().contentType(MERGE_PATCH).header("If-Match", empty).body(Map.of("summary", "ทับ"))
                    .when().patch("/v1/articles/" + id).then().spec(ProblemSpec.problem(412));
            // Header names are case-insensitive (and always lower case in HTTP/2)
            given().header("if-match", empty).when().delete("/v1/articles/" + id).then().spec(ProblemSpec.problem(412));
        }
        given().when().get("/v1/articles/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void ifUnmodifiedSinceRefusesWritesAfterThatTime() {
        String id = TestData.createAuthor("นักข่าว " + unique());
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusDays(1));
        String future = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusDays(1));
        String current = etagOf("/v1/authors/" + id);
        given().contentType(MERGE_PATCH).header("If-Unmodified-Since", past).body(Map.of("bio", "เก่า"))
                .when().patch("/v1/authors/" + id).then().spec(ProblemSpec.problem(412)).header("ETag", equalTo(current));
        given().contentType(MERGE_PATCH).header("If-Unmodified-Since", future).body(Map.of("bio", "ใหม่"))
                .when().patch("/v1/authors/" + id).then().statusCode(200).body("bio", equalTo("ใหม่"));
        String lastModified = given().get("/v1/authors/" + id).then().extract().header("Last-Modified");
        given().contentType(MERGE_PATCH).header("If-Unmodified-Since", lastModified).body(Map.of("bio", "ตามเวลา"))
                .when().patch("/v1/authors/" + id).then().statusCode(200);
    }

    @Test
    void aVersionInTheBodyWorksLikeIfMatch() {
        String id = TestData.createSection("การศึกษา " + unique());
        given().contentType(ContentType.JSON).body(Map.of("name", "การศึกษาไทย", "version", 0))
                .when().put("/v1/sections/" + id).then().statusCode(200).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("name", "การศึกษาโลก", "version", 0))
                .when().put("/v1/sections/" + id).then().spec(ProblemSpec.problem(412)).header("ETag", equalTo(etagOf("/v1/sections/" + id)));

        String article = TestData.createArticle(Map.of("title", "สอบเข้ามหาวิทยาลัย " + unique()));
        given().contentType(MERGE_PATCH).body(Map.of("summary", "ประกาศผล", "version", 0))
                .when().patch("/v1/articles/" + article).then().statusCode(200).body("version", equalTo(1)).body("summary", equalTo("ประกาศผล"));
        given().contentType(MERGE_PATCH).body(Map.of("summary", "เลื่อน", "version", 0))
                .when().patch("/v1/articles/" + article).then().spec(ProblemSpec.problem(412));
        given().when().get("/v1/articles/" + article).then().body("summary", equalTo("ประกาศผล"));
    }

    @Test
    void ofConcurrentWritesBasedOnTheSameEtagExactlyOneWins() throws Exception {
        String id = TestData.createArticle(Map.of("title", "แก้พร้อมกัน " + unique()));
        String etag = etagOf("/v1/articles/" + id);
        int revisionsBefore = revisionCount(id);

        List<Integer> statuses = concurrently(i -> given().contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("title", "โต๊ะข่าวที่ " + i)).when().patch("/v1/articles/" + id).then().extract().statusCode());

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(CLIENTS - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        assertEquals(revisionsBefore + 1, revisionCount(id));
    }

    @Test
    void concurrentUnconditionalWritesAreEachKeptAsARevision() throws Exception {
        String id = TestData.createArticle(Map.of("title", "แก้พร้อมกัน " + unique()));
        int revisionsBefore = revisionCount(id);

        List<Integer> statuses = concurrently(i -> given().contentType(MERGE_PATCH)
                .body(Map.of("summary", "ฉบับที่ " + i)).when().patch("/v1/articles/" + id).then().extract().statusCode());

        assertEquals(CLIENTS, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(revisionsBefore + CLIENTS, revisionCount(id));
        List<String> summaries = given().queryParam("limit", 100).when().get("/v1/articles/" + id + "/revisions").then()
                .extract().jsonPath().getList("data.number").stream()
                .limit(CLIENTS)
                .map(n -> given().get("/v1/articles/" + id + "/revisions/" + n).then().extract().<String>path("article.summary"))
                .toList();
        assertEquals(CLIENTS, summaries.stream().distinct().count(), "every write's content is in its own revision");
    }

    private interface Client {
        int call(int i);
    }

    private static List<Integer> concurrently(Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int n = i;
                Callable<Integer> call = () -> {
                    start.await();
                    return client.call(n);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
