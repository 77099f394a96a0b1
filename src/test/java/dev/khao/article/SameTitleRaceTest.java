package dev.khao.article;

import dev.khao.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Articles created with one title at the same moment each get a slug of their own: the loser of a race for the
 * generated slug is told to retry, and its retry gets the next free one.
 */
@QuarkusTest
class SameTitleRaceTest {

    private static final int WRITERS = 8;

    @Test
    void concurrentCreatesOfOneTitleEndWithDistinctSlugs() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        try {
            String title = "เอสแคปจัดประชุมดิจิทัล " + TestData.unique();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> creates = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                creates.add(threads.submit(() -> {
                    start.await();
                    return create(title);
                }));
            }
            start.countDown();
            Set<String> slugs = new HashSet<>();
            for (Future<Response> create : creates) {
                Response response = create.get();
                for (int retry = 0; response.statusCode() == 409 && retry < WRITERS; retry++) {
                    assertEquals("1", response.header("Retry-After"));
                    assertEquals("application/problem+json", response.contentType());
                    assertTrue(response.<String>path("detail").startsWith("Another request took the same slug at the same moment"), response.asString());
                    response = create(title);
                }
                assertEquals(201, response.statusCode(), response.asString());
                slugs.add(response.path("slug"));
            }
            assertEquals(WRITERS, slugs.size(), "slugs: " + slugs);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Response create(String title) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title)).post("/v1/articles");
    }
}
