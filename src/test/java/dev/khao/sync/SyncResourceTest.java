package dev.khao.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.auth.ApiKeyService;
import dev.khao.auth.Role;
import dev.khao.support.ProblemSpec;
import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SyncResourceTest {

    @Inject
    ApiKeyService keys;

    @Inject
    EntityManager em;

    @Test
    void aFirstSyncListsEveryPublicArticleAndWhatItLinksToButNoDrafts() {
        String section = TestData.createSection("การเมือง " + TestData.unique());
        String tag = TestData.createTag("เลือกตั้ง " + TestData.unique());
        String unusedTag = TestData.createTag("ไม่มีข่าว " + TestData.unique());
        String published = TestData.createArticle(Map.of("title", "ข่าวเผยแพร่ " + TestData.unique(), "status", "published",
                "sectionId", section, "tagIds", List.of(tag)));
        String draft = TestData.createArticle(Map.of("title", "ร่างข่าว " + TestData.unique(), "tagIds", List.of(unusedTag)));

        SyncReplica replica = new SyncReplica();
        replica.catchUp();

        assertEquals(json(given().get("/v1/articles/" + published).then().statusCode(200).extract().asString()),
                replica.items.get(SyncReplica.key("article", published)));
        assertEquals(json(given().get("/v1/sections/" + section).then().statusCode(200).extract().asString()),
                replica.items.get(SyncReplica.key("section", section)));
        assertTrue(replica.items.containsKey(SyncReplica.key("tag", tag)));
        assertFalse(replica.items.containsKey(SyncReplica.key("article", draft)));
        assertFalse(replica.items.containsKey(SyncReplica.key("tag", unusedTag)));
        // An article another test scheduled may go live in between: the API serves it as published from its time on,
        // the replica once the scheduler's flip arrives as a change. Both then agree again.
        Map<String, JsonNode> expected = SyncReplica.publicState();
        Instant deadline = Instant.now().plusSeconds(15);
        while (!expected.equals(replica.items) && Instant.now().isBefore(deadline)) {
            pause();
            replica.catchUp();
            expected = SyncReplica.publicState();
        }
        assertEquals(expected, replica.items);
    }

    @Test
    void laterCallsReturnOnlyChangesWithTombstonesForUnpublishedDeletedAndNoLongerLinkedContent() {
        String tag = TestData.createTag("น้ำท่วม " + TestData.unique());
        String kept = TestData.createArticle(Map.of("title", "น้ำท่วมเชียงใหม่ " + TestData.unique(), "status", "published"));
        String unpublished = TestData.createArticle(Map.of("title", "น้ำท่วมลำพูน " + TestData.unique(), "status", "published", "tagIds", List.of(tag)));
        String deleted = TestData.createArticle(Map.of("title", "น้ำท่วมน่าน " + TestData.unique(), "status", "published"));
        SyncReplica replica = new SyncReplica();
        replica.catchUp();
        assertTrue(replica.catchUp().isEmpty(), "nothing changed since");

        given().contentType("application/merge-patch+json").body(Map.of("title", "น้ำท่วมเชียงใหม่ คลี่คลาย " + TestData.unique()))
                .patch("/v1/articles/" + kept).then().statusCode(200);
        given().contentType("application/merge-patch+json").body(Map.of("status", "draft"))
                .patch("/v1/articles/" + unpublished).then().statusCode(200);
        given().delete("/v1/articles/" + deleted).then().statusCode(204);
        List<JsonNode> changes = replica.catchUp();

        assertEquals(List.of(SyncReplica.key("article", kept)), SyncReplica.keys(changes, "upsert").stream().distinct().toList());
        assertTrue(SyncReplica.keys(changes, "delete").containsAll(List.of(SyncReplica.key("article", unpublished),
                SyncReplica.key("article", deleted), SyncReplica.key("tag", tag))), "tombstones: " + changes);
        assertEquals(json(given().get("/v1/articles/" + kept).then().extract().asString()), replica.items.get(SyncReplica.key("article", kept)));
        assertFalse(replica.items.containsKey(SyncReplica.key("tag", tag)), "no public article links the tag any more");
    }

    @Test
    void renamingATagResendsTheTagAndThePublicArticlesShowingIt() {
        String tag = TestData.createTag("ฝุ่น " + TestData.unique());
        String article = TestData.createArticle(Map.of("title", "ฝุ่นพิษกรุงเทพ " + TestData.unique(), "status", "published", "tagIds", List.of(tag)));
        SyncReplica replica = new SyncReplica();
        replica.catchUp();

        given().contentType(ContentType.JSON).body(Map.of("name", "ฝุ่น PM2.5 " + TestData.unique())).put("/v1/tags/" + tag).then().statusCode(200);
        replica.catchUp();

        assertEquals(json(given().get("/v1/tags/" + tag).then().extract().asString()), replica.items.get(SyncReplica.key("tag", tag)));
        assertEquals(json(given().get("/v1/articles/" + article).then().extract().asString()), replica.items.get(SyncReplica.key("article", article)));
    }

    @Test
    void anImportSendsItsSectionAndTagOncePerBatchNotWithEveryArticle() {
        String u = TestData.unique();
        SyncReplica replica = new SyncReplica();
        replica.catchUp();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            lines.append(json(Map.of("id", "batch-" + i, "title", "ข่าวนำเข้าทีละชุด " + u + " ตอนที่ " + i,
                    "body", "เนื้อข่าวตอนที่ " + i, "publishedAt", "2024-05-01T09:30:00+07:00",
                    "category", "ชุดนำเข้า " + u, "tags", List.of("นำเข้าทีละชุด " + u)))).append('\n');
        }
        given().contentType("application/x-ndjson").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .post("/v1/import?externalSource=sync-" + u).then().statusCode(200).body("created", org.hamcrest.Matchers.equalTo(150));

        List<JsonNode> changes = replica.catchUp();

        // 150 articles in a section and a tag of their own, written in one transaction by each of the two import
        // writers (khao.import.parallelism). Logged with every article, the section and the tag took 300 of the 450
        // log rows, and came again on each of the five pages of 100 rows a partner read.
        List<String> upserts = SyncReplica.keys(changes, "upsert");
        // Other tests' scheduled articles may go live meanwhile: only this import's are counted.
        List<String> imported = upserts.stream().filter(k -> k.startsWith("article/")
                && replica.items.get(k).get("title").asText().contains(u)).distinct().toList();
        assertEquals(150, imported.size());
        String article = imported.get(0);
        String section = replica.items.get(article).get("section").get("id").asText();
        String tag = replica.items.get(article).get("tags").get(0).get("id").asText();
        assertTrue(upserts.stream().filter(SyncReplica.key("section", section)::equals).count() <= 2, "section entries: " + upserts);
        assertTrue(upserts.stream().filter(SyncReplica.key("tag", tag)::equals).count() <= 2, "tag entries: " + upserts);
    }

    private static String json(Map<String, ?> line) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anArticlePublishedForLaterArrivesWhenItsTimeComesWithoutAnotherWrite() {
        SyncReplica replica = new SyncReplica();
        replica.catchUp();
        OffsetDateTime soon = OffsetDateTime.now().plusSeconds(3);
        String later = TestData.createArticle(Map.of("title", "ข่าวตั้งเวลา " + TestData.unique(), "status", "published", "publishedAt", soon.toString()));
        assertEquals(List.of(SyncReplica.key("article", later)), SyncReplica.keys(replica.catchUp(), "delete"), "not public yet");
        assertFalse(replica.items.containsKey(SyncReplica.key("article", later)));

        // Polls (with a timeout) until the publication time has passed: no write of ours happens in between. The
        // scheduler's flip of its status may land just before or just after it arrives; a copy taken just before is
        // followed by that change, so the replica ends up holding the article as it now is either way.
        Instant deadline = Instant.now().plusSeconds(15);
        while (!current(replica, later) && Instant.now().isBefore(deadline)) {
            pause();
            replica.catchUp();
        }
        assertEquals(json(given().get("/v1/articles/" + later).then().extract().asString()), replica.items.get(SyncReplica.key("article", later)));
    }

    @Test
    void syncNeedsAPartnerKey() {
        TestKeys.anonymous().get("/v1/sync").then().spec(ProblemSpec.problem(401));
        String reader = keys.create("ผู้อ่าน " + TestData.unique(), Role.PUBLIC, null, null, "test").secret();
        TestKeys.withKey(reader).get("/v1/sync").then().spec(ProblemSpec.problem(403));
        String partner = keys.create("พันธมิตร " + TestData.unique(), Role.PARTNER, null, null, "test").secret();
        TestKeys.withKey(partner).get("/v1/sync").then().statusCode(200);
    }

    /**
     * The log is read in transaction order when transaction ids gain a digit (99 to 100, 9,999 to 10,000…): read as
     * text, 100 sorted before 99, so a page ending among the longer ids moved the token past the shorter ones, and a
     * partner never saw their changes. Four log rows of transactions 98 to 101, long before any this database ran
     * (so no other test reads them), each for a tag that does not exist: the feed answers them in that order.
     */
    @Test
    void changesArriveInTransactionOrderWhenTransactionIdsGainADigit() {
        List<UUID> gone = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < gone.size(); i++) {
                em.createNativeQuery("INSERT INTO sync_changes (txid, resource_type, resource_id) VALUES (CAST(?1 AS xid8), 'tag', ?2)")
                        .setParameter(1, Integer.toString(98 + i)).setParameter(2, gone.get(i)).executeUpdate();
            }
        });
        try {
            String token = new SyncToken(null, null, new SyncPosition(97, 0), Instant.now(), null).encode();
            given().queryParam("token", token).get("/v1/sync").then().statusCode(200)
                    .body("data[0..3].id", org.hamcrest.Matchers.contains(gone.stream().map(UUID::toString).toArray()))
                    .body("data[0..3].op", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("delete")));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM sync_changes WHERE resource_id = ANY(?1)")
                    .setParameter(1, gone.toArray(UUID[]::new)).executeUpdate());
        }
    }

    @Test
    void aTokenOlderThanTheRetentionAnswers410AskingForAFullResync() {
        String old = new SyncToken(null, null, SyncPosition.before(1), Instant.now().minus(Duration.ofDays(46)), null).encode();
        given().queryParam("token", old).get("/v1/sync")
                .then().spec(ProblemSpec.problem(410))
                .body("type", containsString("sync-token-expired"))
                .body("detail", containsString("without a token"));
    }

    @Test
    void aTokenThisApiDidNotIssueIsABadRequest() {
        given().queryParam("token", "bm90LWEtdG9rZW4").get("/v1/sync").then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("token"));
    }

    @Test
    void anEditedTokenIsABadRequestNotAFailedRead() {
        String now = Instant.now().toString();
        String articleCursor = new dev.khao.common.paging.Cursor("publishedAt", "+999999999-12-31T23:59:59Z", UUID.randomUUID()).encode();
        for (String raw : new String[] {"1|SECTION|abc|817|0|" + now + "|", "1|TAG|-1|817|0|" + now + "|",
                "1|ARTICLE|" + articleCursor + "|817|0|" + now + "|", "1||" + UUID.randomUUID() + "|817|0|" + now + "|",
                "1|||817|0|+999999999-12-31T23:59:59Z|", "1|||817|0|" + now + "|not-a-uuid",
                // positions no log row can have: a negative sequence, a transaction id past any PostgreSQL's
                "1|||817|-1|" + now + "|", "1|||18446744073709551615|0|" + now + "|"}) {
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            given().queryParam("token", token).get("/v1/sync").then().spec(ProblemSpec.problem(400))
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo("token"));
        }
    }

    static JsonNode json(String body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether the replica holds the article as the API serves it now. */
    private static boolean current(SyncReplica replica, String article) {
        JsonNode held = replica.items.get(SyncReplica.key("article", article));
        return held != null && held.equals(json(given().get("/v1/articles/" + article).then().extract().asString()));
    }

    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

}
