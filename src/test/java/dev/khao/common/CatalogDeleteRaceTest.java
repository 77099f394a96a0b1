package dev.khao.common;

import dev.khao.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tag trashed with {@code force} while articles are being written with it: whichever commits first, no article ends
 * up linked to a tag in the trash, and nobody gets a 500.
 */
@QuarkusTest
class CatalogDeleteRaceTest {

    private static final int WRITERS = 8;
    private static final int ROUNDS = 12;

    @Test
    void forceDeletingATagWhileArticlesAreWrittenWithItLeavesNoArticleLinkedToTheTrash() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String u = TestData.unique();
                String tagId = TestData.createTag("ดิจิทัล " + u);
                List<String> existing = new ArrayList<>();
                for (int i = 0; i < WRITERS / 2; i++) {
                    existing.add(TestData.createArticle(Map.of("title", "ข่าวเดิม " + u + " " + i, "tagIds", List.of(tagId))));
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> writes = new ArrayList<>();
                for (int i = 0; i < WRITERS; i++) {
                    int n = i;
                    writes.add(threads.submit(awaiting(start, () -> n % 2 == 0
                            ? given().contentType(ContentType.JSON).body(Map.of("title", "ข่าวใหม่ " + u + " " + n, "tagIds", List.of(tagId)))
                                    .post("/v1/articles")
                            : given().contentType("application/merge-patch+json").body(Map.of("summary", "เอสแคป " + n, "tagIds", List.of(tagId)))
                                    .patch("/v1/articles/" + existing.get(n / 2)))));
                }
                Future<Response> delete = threads.submit(awaiting(start, () -> given().queryParam("force", true).delete("/v1/tags/" + tagId)));
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
                    List<String> tags = given().get("/v1/articles/" + articleId).then().statusCode(200).extract().path("tags.id");
                    assertFalse(tags.contains(tagId), "round " + round + ": article " + articleId + " still shows the trashed tag");
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> Callable<T> awaiting(CountDownLatch start, Callable<T> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }
}
