package dev.khao.article;

import dev.khao.auth.ApiKeyService;
import dev.khao.auth.Role;
import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.support.RecordedChanges;
import dev.khao.support.TestClock;
import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.khao.support.ProblemSpec.problem;
import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ArticleLifecycleTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    TestClock clock;

    @Inject
    ScheduledPublisher publisher;

    @Inject
    RecordedChanges changes;

    @Inject
    ApiKeyService keys;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static Map<String, Object> article(String title, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static void patchStatus(String id, String status, int expected) {
        given().contentType(MERGE_PATCH).body(Map.of("status", status)).patch("/v1/articles/" + id).then().statusCode(expected);
    }

    private long events(String id, Change change) {
        return changes.all().stream().filter(c -> c.equals(new ContentChanged(ContentType.ARTICLE, UUID.fromString(id), change))).count();
    }

    @Test
    void illegalTransitionsAreConflictsAndChangeNothing() {
        given().contentType("application/json; charset=UTF-8").body(article("เก็บถาวรตั้งแต่เกิด " + unique(), "status", "archived"))
                .post("/v1/articles").then().spec(problem(409)).body("detail", containsString("starts as one of: draft, scheduled, published"));

        String draft = createArticle(article("ร่างที่จะเก็บ " + unique()));
        given().contentType(MERGE_PATCH).body(Map.of("status", "archived", "title", "ไม่ควรเปลี่ยน"))
                .patch("/v1/articles/" + draft).then().spec(problem(409)).body("detail", containsString("from draft to archived"));
        given().get("/v1/articles/" + draft).then().body("status", equalTo("draft")).body("title", startsWith("ร่างที่จะเก็บ"));

        String scheduled = createArticle(article("ตั้งเวลา " + unique(), "status", "scheduled",
                "publishedAt", OffsetDateTime.now().plusDays(2).toString()));
        patchStatus(scheduled, "archived", 409);

        String published = createArticle(article("เผยแพร่แล้ว " + unique(), "status", "published"));
        patchStatus(published, "archived", 200);
        // Archived comes back as published or as a draft, never straight into the schedule.
        given().contentType(MERGE_PATCH).body(Map.of("status", "scheduled", "publishedAt", OffsetDateTime.now().plusDays(1).toString()))
                .patch("/v1/articles/" + published).then().spec(problem(409)).body("detail", containsString("from archived to scheduled"));
        patchStatus(published, "published", 200);
        // Unpublishing is allowed: back to draft.
        patchStatus(published, "draft", 200);
        given().contentType("application/json; charset=UTF-8").body(article("ใส่ทั้งหมดใหม่", "status", "archived"))
                .put("/v1/articles/" + published).then().spec(problem(409));
    }

    @Test
    void visibilityChangesFirePublishedAndUnpublished() {
        String id = createArticle(article("เหตุการณ์ " + unique()));
        assertEquals(1, events(id, Change.CREATED));
        patchStatus(id, "published", 200);
        assertEquals(1, events(id, Change.PUBLISHED));
        given().contentType(MERGE_PATCH).body(Map.of("summary", "แก้สรุป")).patch("/v1/articles/" + id).then().statusCode(200);
        assertEquals(1, events(id, Change.UPDATED));
        patchStatus(id, "archived", 200);
        assertEquals(1, events(id, Change.UNPUBLISHED));
        String born = createArticle(article("เกิดมาเผยแพร่ " + unique(), "status", "published"));
        assertEquals(List.of(Change.PUBLISHED), changes.all().stream().filter(c -> c.id().toString().equals(born)).map(ContentChanged::change).toList());
    }

    @Test
    void aPublicationTimeDecidesBetweenScheduledAndPublished() {
        String future = createArticle(article("อนาคต " + unique(), "status", "published", "publishedAt", OffsetDateTime.now().plusHours(3).toString()));
        given().get("/v1/articles/" + future).then().body("status", equalTo("scheduled"));
        String past = createArticle(article("อดีต " + unique(), "status", "scheduled", "publishedAt", OffsetDateTime.now().minusHours(3).toString()));
        given().get("/v1/articles/" + past).then().body("status", equalTo("published"));
    }

    @Test
    void aPatchCannotRemoveTheStatusOrThePublicationTimeOfAPublishedArticle() {
        String publishedAt = "2026-03-01T09:30:00+07:00";
        String id = createArticle(article("ข่าวเผยแพร่แล้ว " + unique(), "status", "published", "publishedAt", publishedAt));
        Map<String, Object> noStatus = new HashMap<>();
        noStatus.put("status", null);
        given().contentType(MERGE_PATCH).body(noStatus).patch("/v1/articles/" + id).then().spec(problem(400))
                .body("errors[0].field", equalTo("status")).body("errors[0].message", containsString("send \"draft\" to unpublish"));
        Map<String, Object> noTime = new HashMap<>();
        noTime.put("publishedAt", null);
        noTime.put("title", "ไม่ควรเปลี่ยน");
        given().contentType(MERGE_PATCH).body(noTime).patch("/v1/articles/" + id).then().spec(problem(400))
                .body("errors[0].field", equalTo("publishedAt")).body("errors[0].message", containsString("only from a draft"));
        given().get("/v1/articles/" + id).then().statusCode(200).body("status", equalTo("published"))
                .body("publishedAt", equalTo("2026-03-01T09:30:00+07:00")).body("title", startsWith("ข่าวเผยแพร่แล้ว")).body("version", equalTo(0));

        // Unpublishing drops the time in the same patch, and a draft's planned time may go on its own.
        noTime.put("status", "draft");
        noTime.remove("title");
        given().contentType(MERGE_PATCH).body(noTime).patch("/v1/articles/" + id).then().statusCode(200)
                .body("status", equalTo("draft")).body("publishedAt", nullValue());
        String planned = createArticle(article("ร่างมีกำหนด " + unique(), "publishedAt", "2026-12-24T08:00:00+07:00"));
        noTime.remove("status");
        given().contentType(MERGE_PATCH).body(noTime).patch("/v1/articles/" + planned).then().statusCode(200)
                .body("status", equalTo("draft")).body("publishedAt", nullValue());
    }

    @Test
    void scheduledArticleIsInvisibleBeforeItsTimeAndVisibleAfterWithoutTheScheduler() {
        String u = unique();
        String section = TestData.createSection("ตั้งเวลา " + u);
        String entity = TestData.createEntity("organization", Map.of("th", "หน่วยงานตั้งเวลา " + u), List.of());
        String slug = "ข่าวตั้งเวลา-" + u;
        String id = createArticle(article("ข่าวตั้งเวลา " + u, "slug", slug, "status", "scheduled", "sectionId", section,
                "bodyText", "มะพร้าวน้ำหอมส่งออก " + u, "entities", List.of(Map.of("id", entity)),
                "publishedAt", OffsetDateTime.now().plusHours(1).toString()));

        TestKeys.anonymous().get("/v1/articles/" + id).then().spec(problem(404));
        TestKeys.anonymous().get("/v1/articles/slug/" + slug).then().spec(problem(404));
        TestKeys.anonymous().queryParam("section", section).get("/v1/articles").then().statusCode(200).body("data", empty());
        TestKeys.anonymous().get("/v1/entities/" + entity + "/articles").then().statusCode(200).body("data", empty());
        TestKeys.anonymous().queryParam("q", "มะพร้าว").queryParam("section", section).get("/v1/search").then().statusCode(200).body("data", empty());
        given().get("/v1/sections/" + section).then().body("articleCount", equalTo(0));
        // Editors see it all along.
        given().get("/v1/articles/" + id).then().statusCode(200).body("status", equalTo("scheduled"));

        clock.advance(Duration.ofMinutes(61));

        TestKeys.anonymous().get("/v1/articles/" + id).then().statusCode(200).body("id", equalTo(id));
        TestKeys.anonymous().get("/v1/articles/slug/" + slug).then().statusCode(200).body("id", equalTo(id));
        TestKeys.anonymous().queryParam("section", section).get("/v1/articles").then().statusCode(200).body("data.id", contains(id));
        TestKeys.anonymous().get("/v1/entities/" + entity + "/articles").then().statusCode(200).body("data.id", contains(id));
        TestKeys.anonymous().queryParam("q", "มะพร้าว").queryParam("section", section).get("/v1/search").then().statusCode(200)
                .body("data.article.id", contains(id));
        given().get("/v1/sections/" + section).then().body("articleCount", equalTo(1));
    }

    @Test
    void schedulerPublishesADueArticleAndAnnouncesItExactlyOnce() {
        String id = createArticle(article("ประกาศครั้งเดียว " + unique(), "status", "scheduled",
                "publishedAt", OffsetDateTime.now().plusMinutes(30).toString()));
        assertEquals(0, events(id, Change.PUBLISHED));
        OffsetDateTime before = OffsetDateTime.now(clock);
        publisher.publishDue(before);
        given().get("/v1/articles/" + id).then().body("status", equalTo("scheduled"));

        clock.advance(Duration.ofMinutes(31));
        OffsetDateTime due = OffsetDateTime.now(clock);
        publisher.publishDue(due);
        publisher.publishDue(due);

        given().get("/v1/articles/" + id).then().body("status", equalTo("published")).body("updatedBy", equalTo(ScheduledPublisher.NAME));
        assertEquals(1, events(id, Change.PUBLISHED));
    }

    @Test
    void aWriteAfterTheTimeAnnouncesTheScheduledArticleInsteadOfTheScheduler() {
        String id = createArticle(article("แก้ก่อนตัวตั้งเวลา " + unique(), "status", "scheduled",
                "publishedAt", OffsetDateTime.now().plusMinutes(5).toString()));
        clock.advance(Duration.ofMinutes(6));
        given().contentType(MERGE_PATCH).body(Map.of("summary", "แก้หลังถึงเวลา")).patch("/v1/articles/" + id)
                .then().statusCode(200).body("status", equalTo("published"));
        publisher.publishDue(OffsetDateTime.now(clock));
        assertEquals(1, events(id, Change.PUBLISHED));
    }

    @Test
    void onlyEditorsListByStatusOrReadDrafts() {
        String draft = createArticle(article("ร่างลับ " + unique()));
        TestKeys.anonymous().queryParam("status", "draft").get("/v1/articles").then().spec(problem(403));
        TestKeys.anonymous().queryParam("q", "ข่าว").queryParam("status", "any").get("/v1/search").then().spec(problem(403));
        TestKeys.anonymous().get("/v1/articles/" + draft).then().spec(problem(404));
        String partner = keys.create("พันธมิตร " + unique(), Role.PARTNER, null, null, "test").secret();
        TestKeys.withKey(partner).queryParam("status", "draft").get("/v1/articles").then().spec(problem(403));
        TestKeys.withKey(partner).get("/v1/articles/" + draft).then().spec(problem(404));
        String editor = keys.create("บรรณาธิการ " + unique(), Role.EDITOR, null, null, "test").secret();
        TestKeys.withKey(editor).queryParam("status", "draft").get("/v1/articles").then().statusCode(200);
        TestKeys.withKey(editor).get("/v1/articles/" + draft).then().statusCode(200).body("status", equalTo("draft"));
    }
}
