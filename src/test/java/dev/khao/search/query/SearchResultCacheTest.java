package dev.khao.search.query;

import dev.khao.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SearchResultCacheTest {

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A word no other test writes: Thai letters spelled from a counter, so each test searches its own articles. */
    private static String word() {
        StringBuilder w = new StringBuilder("ผลไม้");
        for (char c : unique().toCharArray()) {
            w.append((char) ('ก' + (c % 20)));
        }
        return w.toString();
    }

    private static String article(String word, String status, OffsetDateTime publishedAt) {
        return createArticle(Map.of("title", "ข่าว " + word, "bodyText", "ราคา " + word + " วันนี้", "status", status,
                "publishedAt", publishedAt.toString()));
    }

    private static double cacheHits() {
        String metrics = given().accept("text/plain; version=0.0.4").get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^khao_search_cache_requests_total\\{result=\"hit\",?} ([0-9.E]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheUntilContentChanges() {
        String word = word();
        String first = article(word, "published", OffsetDateTime.now().minusHours(2));
        given().queryParam("q", word).get("/v1/search").then().statusCode(200).body("data.article.id", contains(first));
        double hits = cacheHits();
        // The same search with its parameters in another order is the same request.
        given().queryParam("limit", 20).queryParam("q", word).get("/v1/search").then().statusCode(200).body("data.article.id", contains(first));
        given().queryParam("q", word).queryParam("limit", 20).get("/v1/search").then().statusCode(200).body("data.article.id", contains(first));
        assertEquals(hits + 1, cacheHits());
        // A client that must see the latest state asks for it.
        given().header("Cache-Control", "no-cache").queryParam("q", word).get("/v1/search").then().statusCode(200)
                .body("data.article.id", contains(first));
        assertEquals(hits + 1, cacheHits());

        String second = article(word, "published", OffsetDateTime.now().minusHours(1));
        given().queryParam("q", word).get("/v1/search").then().statusCode(200)
                .body("data.article.id", containsInAnyOrder(first, second)).body("meta.total", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void aChangeCommittedThroughAnotherInstanceIsSeenAtOnce() {
        String word = word();
        String id = article(word, "published", OffsetDateTime.now().minusHours(1));
        given().queryParam("q", word).get("/v1/search").then().statusCode(200).body("data[0].article.title", equalTo("ข่าว " + word));
        double hits = cacheHits();
        given().queryParam("q", word).get("/v1/search").then().statusCode(200).body("data[0].article.title", equalTo("ข่าว " + word));
        assertEquals(hits + 1, cacheHits());

        // What another instance's edit leaves in the shared database: the new row and its sync log entry, committed
        // without this instance's change events.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE articles SET title = ?1 WHERE id = ?2").setParameter(1, "ข่าวแก้ " + word)
                    .setParameter(2, java.util.UUID.fromString(id)).executeUpdate();
            em.createNativeQuery("INSERT INTO sync_changes (resource_type, resource_id) VALUES ('article', ?1)")
                    .setParameter(1, java.util.UUID.fromString(id)).executeUpdate();
        });
        given().queryParam("q", word).get("/v1/search").then().statusCode(200).body("data[0].article.title", equalTo("ข่าวแก้ " + word));
        given().queryParam("q", word).get("/v1/search").then().statusCode(200).body("data[0].article.title", equalTo("ข่าวแก้ " + word));
        assertEquals(hits + 2, cacheHits());
    }

    /**
     * Another instance's edit that is still uncommitted while an answer is computed and kept makes that answer stale
     * once it commits. A later transaction committed in between, so the edit's transaction is listed as in progress in
     * the answer's snapshot rather than lying past its end.
     */
    @Test
    void aChangeInProgressWhileAnAnswerIsKeptIsSeenOnceItCommits() throws Exception {
        String word = word();
        String id = article(word, "published", OffsetDateTime.now().minusHours(1));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE articles SET title = ?1 WHERE id = ?2").setParameter(1, "ข่าวแก้ " + word)
                    .setParameter(2, java.util.UUID.fromString(id)).executeUpdate();
            em.createNativeQuery("INSERT INTO sync_changes (resource_type, resource_id) VALUES ('article', ?1)")
                    .setParameter(1, java.util.UUID.fromString(id)).executeUpdate();
            written.countDown();
            await(commit);
        }));
        try {
            await(written);
            article(word(), "published", OffsetDateTime.now().minusHours(1));
            given().queryParam("q", word).get("/v1/search").then().statusCode(200).body("data[0].article.title", equalTo("ข่าว " + word));
            double hits = cacheHits();
            given().queryParam("q", word).get("/v1/search").then().statusCode(200).body("data[0].article.title", equalTo("ข่าว " + word));
            assertEquals(hits + 1, cacheHits(), "nothing committed yet: the kept answer stands");
        } finally {
            commit.countDown();
        }
        otherInstance.get(20, TimeUnit.SECONDS);

        given().queryParam("q", word).get("/v1/search").then().statusCode(200).body("data[0].article.title", equalTo("ข่าวแก้ " + word));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting for the other transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aScheduledArticleIsFoundOnceItsTimeHasComeThoughNothingWasWritten() {
        String word = word();
        String published = article(word, "published", OffsetDateTime.now().minusHours(1));
        String scheduled = article(word, "scheduled", OffsetDateTime.now().plusHours(1));
        given().queryParam("q", word).get("/v1/search").then().statusCode(200).body("data.article.id", contains(published));
        clock.advance(Duration.ofHours(2));
        given().queryParam("q", word).get("/v1/search").then().statusCode(200).body("data.article.id", containsInAnyOrder(published, scheduled));
    }
}
