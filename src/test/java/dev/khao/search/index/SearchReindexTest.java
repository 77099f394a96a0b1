package dev.khao.search.index;

import dev.khao.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A migration that changes how documents are written (V24) queues a re-index, and a restart during one leaves it
 * running: either way the next start re-indexes the existing articles in the background.
 */
@QuarkusTest
class SearchReindexTest {

    @Inject
    SearchReindex reindex;

    @Inject
    EntityManager em;

    @Test
    void aReindexQueuedByAMigrationRunsOnTheNextStartAndRefreshesStaleDocuments() throws InterruptedException {
        String section = TestData.createSection("หมวดดัชนีใหม่ " + TestData.unique());
        String id = TestData.createArticle(Map.of("title", "ข่าวส่งออก " + TestData.unique(), "bodyText", "การส่งออกข้าวหอมมะลิเพิ่มขึ้น",
                "status", "published", "sectionId", section));
        assertEquals(List.of(id), ids(section, "ข้าวหอมมะลิ"));

        // What V24 left on an existing database: documents written the old way (whose lexemes queries no longer
        // ask for; here none at all) and the re-index queued.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE article_search SET document = ''::tsvector WHERE article_id = ?1")
                    .setParameter(1, UUID.fromString(id)).executeUpdate();
            em.createNativeQuery("UPDATE search_reindex SET state = 'queued' WHERE id = 1").executeUpdate();
        });
        assertEquals(List.of(), ids(section, "ข้าวหอมมะลิ"));
        given().get("/v1/admin/search/reindex").then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("queued"));

        reindex.resume(new StartupEvent());

        assertEquals("completed", awaitEnd());
        assertEquals(List.of(id), ids(section, "ข้าวหอมมะลิ"));
    }

    @Test
    void aReindexARestartInterruptedResumesAfterTheLastArticleItCommitted() throws InterruptedException {
        String section = TestData.createSection("หมวดดัชนีต่อ " + TestData.unique());
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(TestData.createArticle(Map.of("title", "ข่าวยางพารา " + TestData.unique(), "bodyText", "ราคายางพาราสูงขึ้น",
                    "status", "published", "sectionId", section)));
        }
        // In PostgreSQL's order of uuids, byte by byte, which is that of their lower-case text (UUID.compareTo
        // compares signed halves).
        ids.sort(java.util.Comparator.naturalOrder());
        String before = ids.get(0);
        String after = ids.get(1);
        // A run stopped by a restart after committing the batch that ended with `before`: the row still says running.
        // Both documents are stale, so what the resumed run re-indexes shows.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE article_search SET document = ''::tsvector WHERE article_id = ANY(?1)")
                    .setParameter(1, ids.stream().map(UUID::fromString).toArray(UUID[]::new)).executeUpdate();
            em.createNativeQuery("UPDATE search_reindex SET state = 'running', total = 1, done = 1, last_article_id = ?1 WHERE id = 1")
                    .setParameter(1, UUID.fromString(before)).executeUpdate();
        });

        reindex.resume(new StartupEvent());

        assertEquals("completed", awaitEnd());
        assertEquals(List.of(after), ids(section, "ยางพารา"));
        var progress = given().get("/v1/admin/search/reindex").then().statusCode(200).extract();
        int done = progress.path("done");
        assertEquals((int) progress.path("total"), done);
        assertTrue(done >= 2, "the run went on from where it was: done " + done);

        // Left as the interrupted run found it; a re-index from the start picks it up.
        given().post("/v1/admin/search/reindex").then().statusCode(202);
        assertEquals("completed", awaitEnd());
        assertEquals(ids, ids(section, "ยางพารา").stream().sorted().toList());
    }

    /** The article ids a fresh search (not a kept result) finds in the section. */
    private static List<String> ids(String section, String q) {
        return given().header("Cache-Control", "no-cache").queryParam("q", q).queryParam("section", section)
                .get("/v1/search").then().statusCode(200).extract().path("data.article.id");
    }

    private static String awaitEnd() throws InterruptedException {
        String state = null;
        for (int i = 0; i < 300 && !"completed".equals(state) && !"failed".equals(state); i++) {
            Thread.sleep(100);
            state = given().get("/v1/admin/search/reindex").then().statusCode(200).extract().path("state");
        }
        return state;
    }
}
