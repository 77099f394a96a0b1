package dev.khao.search.query;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Searches beyond {@code khao.search.max-concurrent} (one in this profile) wait their turn, for a bounded time. */
@QuarkusTest
@TestProfile(SearchCountLimitTest.SmallLimits.class)
class SearchQueueTest {

    @Inject
    SearchSlots slots;

    private static double queued() {
        String metrics = given().accept("text/plain; version=0.0.4").get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^khao_search_queue_seconds_count(?:\\{})? ([0-9.E]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String article(String word) {
        return createArticle(Map.of("title", "คิว " + word, "bodyText", "ผู้โดยสารต่อคิว" + word + "ที่สถานี", "status", "published"));
    }

    @Test
    void searchesBeyondTheLimitWaitTheirTurnAndAllAnswer() {
        String word = "รถไฟ" + unique();
        String id = article(word);
        double before = queued();
        List<CompletableFuture<List<String>>> searches = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().header("Cache-Control", "no-cache").queryParam("q", word)
                        .get("/v1/search").then().statusCode(200).extract().<List<String>>path("data.article.id")))
                .toList();
        searches.forEach(s -> assertEquals(List.of(id), s.join()));
        assertTrue(queued() >= before + 6, "every search passed through the queue");
    }

    /** Runs {@code check} while a search holds the profile's only slot. */
    private void whileTheOnlySlotIsBusy(Runnable check) throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> busy = CompletableFuture.supplyAsync(() -> slots.run(() -> {
            running.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        assertTrue(running.await(5, TimeUnit.SECONDS));
        try {
            check.run();
        } finally {
            release.countDown();
            busy.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void answers503WithRetryAfterWhileEverySlotStaysBusy() throws Exception {
        String word = "เรือ" + unique();
        String id = article(word);
        whileTheOnlySlotIsBusy(() -> given().queryParam("q", word).get("/v1/search").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", equalTo("https://khao.dev/problems/overloaded"))
                .body("status", equalTo(503))
                .body("detail", startsWith("Every search slot stayed busy for 2000 ms")));
        given().queryParam("q", word).get("/v1/search").then().statusCode(200).body("data.article.id", contains(id));
    }

    @Test
    void refusesInvalidSearchesAtOnceWithoutWaitingForASlot() throws Exception {
        whileTheOnlySlotIsBusy(() -> {
            long start = System.nanoTime();
            given().queryParam("q", "   ").get("/v1/search").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
            given().queryParam("q", "ข่าว").queryParam("sort", "oldest").get("/v1/search").then().statusCode(400)
                    .body("errors[0].field", equalTo("sort"));
            given().queryParam("q", "ข่าว").queryParam("limit", "0").get("/v1/search").then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
            given().queryParam("q", "ข่าว").queryParam("cursor", "not-a-cursor").get("/v1/search").then().statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
            given().queryParam("q", "ข่าว").queryParam("publishedFrom", "yesterday").get("/v1/search").then().statusCode(400)
                    .body("errors[0].field", equalTo("publishedFrom"));
            // Each would have waited the profile's 2 s queue timeout and been answered 503.
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "answered without waiting");
        });
    }
}
