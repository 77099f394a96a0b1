package dev.khao.common;

import dev.khao.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tag or section trashed with {@code force} while articles are being written with it: whichever commits first, no
 * article ends up linked to a row in the trash, and nobody gets a 500.
 */
@QuarkusTest
class CatalogDeleteRaceTest {

    private static final int WRITERS = 8;
    private static final int ROUNDS = 12;

    @Test
    void forceDeletingATagWhileArticlesAreWrittenWithItLeavesNoArticleLinkedToTheTrash() throws Exception {
        race("/v1/tags", id -> Map.of("tagIds", List.of(id)), "tags.id");
    }

    @Test
    void forceDeletingASectionWhileArticlesAreWrittenInItLeavesNoArticleInTheTrashedSection() throws Exception {
        race("/v1/sections", id -> Map.of("sectionId", id), "section.id");
    }

    /**
     * Rounds of: a new catalog row, articles linked to it, then at once new articles and edits linking it and one
     * forced delete of it. {@code linked} reads the row ids an article shows from its JSON.
     */
    private static void race(String collection, Function<String, Map<String, Object>> link, String linked) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String u = TestData.unique();
                String rowId = TestData.post(collection, Map.of("name", "ดิจิทัล " + u));
                List<String> existing = new ArrayList<>();
                for (int i = 0; i < WRITERS / 2; i++) {
                    existing.add(TestData.createArticle(with(link.apply(rowId), "title", "ข่าวเดิม " + u + " " + i)));
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> writes = new ArrayList<>();
                for (int i = 0; i < WRITERS; i++) {
                    int n = i;
                    writes.add(threads.submit(awaiting(start, () -> n % 2 == 0
                            ? given().contentType(ContentType.JSON).body(with(link.apply(rowId), "title", "ข่าวใหม่ " + u + " " + n))
                                    .post("/v1/articles")
                            : given().contentType("application/merge-patch+json").body(with(link.apply(rowId), "summary", "เอสแคป " + n))
                                    .patch("/v1/articles/" + existing.get(n / 2)))));
                }
                Future<Response> delete = threads.submit(awaiting(start, () -> given().queryParam("force", true).delete(collection + "/" + rowId)));
                start.countDown();

                assertEquals(204, delete.get().statusCode(), "round " + round + ": " + delete.get().asString());
                List<String> written = new ArrayList<>(existing);
                for (Future<Response> write : writes) {
                    Response response = write.get();
                    assertTrue(Set.of(200, 201, 422).contains(response.statusCode()), "round " + round + ": " + response.asString());
                    if (response.statusCode() == 201) {
                        written.add(response.path("id"));
                    }
                }
                for (String articleId : written) {
                    String shown = given().get("/v1/articles/" + articleId).then().statusCode(200).extract().asString();
                    Object ids = io.restassured.path.json.JsonPath.from(shown).get(linked);
                    assertFalse(String.valueOf(ids).contains(rowId), "round " + round + ": article " + articleId + " still shows the trashed row: " + ids);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Map<String, Object> with(Map<String, Object> link, String field, String value) {
        Map<String, Object> body = new HashMap<>(link);
        body.put(field, value);
        return body;
    }

    private static <T> Callable<T> awaiting(CountDownLatch start, Callable<T> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }
}
