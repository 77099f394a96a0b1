package dev.khao.search.index;

import dev.khao.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A catalog change makes the next writes reload the names; with more writers than the pool has connections, they
 * once waited behind the loader while it waited for a connection they held: 500s after a 30 s stall.
 */
@QuarkusTest
class TermDictionaryUnderLoadTest {

    private static final int WRITERS = 24;

    @Test
    void manyArticleWritesRightAfterANewTagAllSucceed() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < 3; round++) {
                String u = TestData.unique();
                TestData.createTag("ดิจิทัล " + u);
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < WRITERS; i++) {
                    int n = i;
                    statuses.add(threads.submit(() -> given().contentType(ContentType.JSON)
                            .body(Map.of("title", "ข่าวเศรษฐกิจ " + u + " " + n, "bodyText", "ดิจิทัล " + u + " เอสแคป", "status", "published"))
                            .post("/v1/articles").statusCode()));
                }
                List<Integer> answered = new ArrayList<>();
                for (Future<Integer> status : statuses) {
                    answered.add(status.get());
                }
                assertEquals(java.util.Collections.nCopies(WRITERS, 201), answered, "round " + round);
                given().queryParam("q", "ดิจิทัล " + u).queryParam("limit", 100).get("/v1/search")
                        .then().statusCode(200).body("meta.total", org.hamcrest.Matchers.equalTo(WRITERS));
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
