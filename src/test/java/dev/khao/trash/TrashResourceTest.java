package dev.khao.trash;

import dev.khao.auth.ApiKeyService;
import dev.khao.auth.Role;
import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.Slugs;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.khao.support.ProblemSpec.problem;
import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TrashResourceTest {

    private static final String JSON = "application/json; charset=UTF-8";

    @Inject
    TestClock clock;

    @Inject
    TrashService trash;

    @Inject
    RecordedChanges changes;

    @Inject
    ApiKeyService keys;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static List<String> trashIds(String type) {
        return given().queryParam("type", type).queryParam("limit", 100).get("/v1/trash").then().statusCode(200).extract().path("data.id");
    }

    private static List<String> searchIds(String section, String q) {
        return TestKeys.anonymous().queryParam("q", q).queryParam("section", section).get("/v1/search").then().statusCode(200)
                .extract().path("data.article.id");
    }

    @Test
    void trashedArticleVanishesEverywhereAndComesBackWithItsLinks() {
        String u = unique();
        String section = TestData.createSection("ถังขยะ " + u);
        String tag = TestData.createTag("แท็กถังขยะ " + u);
        String author = TestData.createAuthor("ผู้เขียนถังขยะ " + u);
        String entity = TestData.createEntity("place", Map.of("th", "สถานที่ถังขยะ " + u), List.of());
        String related = createArticle(Map.of("title", "ข่าวเกี่ยวข้อง " + u, "status", "published"));
        String slug = "ข่าวในถัง-" + u;
        String id = createArticle(Map.of("title", "ข่าวในถัง " + u, "slug", slug, "status", "published", "bodyText", "ทุเรียนหมอนทอง " + u,
                "sectionId", section, "tagIds", List.of(tag), "authorIds", List.of(author),
                "entities", List.of(Map.of("id", entity, "role", "subject")), "related", List.of(Map.of("articleId", related))));
        assertEquals(List.of(id), searchIds(section, "ทุเรียน"));

        given().delete("/v1/articles/" + id).then().statusCode(204);

        given().get("/v1/articles/" + id).then().spec(problem(404)).body("detail", containsString("in the trash"));
        TestKeys.anonymous().get("/v1/articles/" + id).then().spec(problem(404));
        given().get("/v1/articles/slug/" + slug).then().spec(problem(404));
        given().queryParam("section", section).queryParam("status", "any").get("/v1/articles").then().body("data", empty());
        given().get("/v1/entities/" + entity + "/articles").then().body("data", empty());
        assertEquals(List.of(), searchIds(section, "ทุเรียน"));
        given().queryParam("q", "ทุเรียน").queryParam("section", section).queryParam("status", "any").get("/v1/search")
                .then().body("data", empty());
        given().contentType(JSON).body(Map.of("title", "แก้ในถัง")).put("/v1/articles/" + id).then().spec(problem(404));
        given().get("/v1/trash").then().statusCode(200)
                .body("data.find { it.id == '" + id + "' }.type", equalTo("article"))
                .body("data.find { it.id == '" + id + "' }.name", equalTo("ข่าวในถัง " + u))
                .body("data.find { it.id == '" + id + "' }.deletedBy", equalTo("admin (KHAO_ADMIN_KEY)"))
                .body("data.find { it.id == '" + id + "' }.deletedAt", notNullValue())
                .body("data.find { it.id == '" + id + "' }.purgeAt", notNullValue());
        assertTrue(trashIds("article").contains(id));

        given().post("/v1/articles/" + id + "/restore").then().statusCode(200)
                .body("section.id", equalTo(section)).body("tags.id", contains(tag)).body("authors.id", contains(author))
                .body("entities.id", contains(entity)).body("entities[0].role", equalTo("subject"))
                .body("related[0].article.id", equalTo(related)).body("slug", equalTo(slug));
        TestKeys.anonymous().get("/v1/articles/slug/" + slug).then().statusCode(200).body("id", equalTo(id));
        assertEquals(List.of(id), searchIds(section, "ทุเรียน"));
        assertTrue(!trashIds("article").contains(id));
        given().post("/v1/articles/" + id + "/restore").then().spec(problem(409));
        UUID uuid = UUID.fromString(id);
        assertTrue(changes.all().contains(new ContentChanged(ContentType.ARTICLE, uuid, Change.DELETED)));
        assertTrue(changes.all().contains(new ContentChanged(ContentType.ARTICLE, uuid, Change.RESTORED)));
    }

    @Test
    void aTrashedArticleDisappearsFromItsRelatedLinksUntilRestored() {
        String u = unique();
        String target = createArticle(Map.of("title", "ปลายทาง " + u, "status", "published"));
        String source = createArticle(Map.of("title", "ต้นทาง " + u, "status", "published", "related", List.of(Map.of("articleId", target))));
        given().delete("/v1/articles/" + target).then().statusCode(204);
        given().get("/v1/articles/" + source).then().body("related", empty());
        given().post("/v1/articles/" + target + "/restore").then().statusCode(200);
        given().get("/v1/articles/" + source).then().body("related[0].article.id", equalTo(target));
    }

    @Test
    void purgeIsForAdminsAndRemovesForGood() {
        String id = createArticle(Map.of("title", "ลบถาวร " + unique(), "status", "published"));
        String editor = keys.create("บรรณาธิการถังขยะ " + unique(), Role.EDITOR, null, null, "test").secret();
        TestKeys.withKey(editor).queryParam("purge", true).delete("/v1/articles/" + id).then().spec(problem(403));
        TestKeys.withKey(editor).delete("/v1/articles/" + id).then().statusCode(204);
        TestKeys.withKey(editor).get("/v1/trash").then().statusCode(200);
        TestKeys.anonymous().get("/v1/trash").then().spec(problem(401));

        given().queryParam("purge", true).delete("/v1/articles/" + id).then().statusCode(204);
        assertTrue(!trashIds("article").contains(id));
        given().post("/v1/articles/" + id + "/restore").then().spec(problem(404));
        assertTrue(changes.all().contains(new ContentChanged(ContentType.ARTICLE, UUID.fromString(id), Change.PURGED)));

        String tag = TestData.createTag("แท็กลบถาวร " + unique());
        TestKeys.withKey(editor).queryParam("purge", true).delete("/v1/tags/" + tag).then().spec(problem(403));
        given().queryParam("purge", true).delete("/v1/tags/" + tag).then().statusCode(204);
        given().get("/v1/tags/" + tag).then().spec(problem(404));
        given().post("/v1/tags/" + tag + "/restore").then().spec(problem(404));
    }

    @Test
    void deletingATagInUseIsRefusedUnlessForcedWhichUnlinksAndRestoreRelinks() {
        String u = unique();
        String section = TestData.createSection("บังคับ " + u);
        String keep = TestData.createTag("คงอยู่ " + u);
        String tag = TestData.createTag("ใช้อยู่ " + u);
        String first = createArticle(Map.of("title", "หนึ่ง " + u, "status", "published", "sectionId", section, "tagIds", List.of(keep, tag)));
        String second = createArticle(Map.of("title", "สอง " + u, "status", "published", "sectionId", section, "tagIds", List.of(tag, keep)));

        given().delete("/v1/tags/" + tag).then().spec(problem(409)).body("detail", containsString("used by 2 articles"))
                .body("detail", containsString("force=true"));
        given().get("/v1/tags/" + tag).then().statusCode(200);

        given().queryParam("force", true).delete("/v1/tags/" + tag).then().statusCode(204);
        given().get("/v1/articles/" + first).then().body("tags.id", contains(keep));
        given().get("/v1/articles/" + second).then().body("tags.id", contains(keep));
        given().get("/v1/tags/" + tag).then().spec(problem(404));
        // A tag in the trash filters nothing: naming it is a 400, as for an unknown tag.
        given().queryParam("tag", tag).get("/v1/articles").then().spec(problem(400)).body("errors[0].field", equalTo("tag"));
        for (String article : List.of(first, second)) {
            assertTrue(changes.all().contains(new ContentChanged(ContentType.ARTICLE, UUID.fromString(article), Change.UPDATED)),
                    "the unlink is an update of " + article);
        }
        assertTrue(trashIds("tag").contains(tag));

        given().post("/v1/tags/" + tag + "/restore").then().statusCode(200).body("articleCount", equalTo(2));
        given().get("/v1/articles/" + first).then().body("tags.id", contains(keep, tag));
        given().get("/v1/articles/" + second).then().body("tags.id", contains(tag, keep));
        given().queryParam("tag", tag).get("/v1/articles").then().statusCode(200).body("data.id", containsInAnyOrder(first, second));
    }

    @Test
    void trashedCatalogContentLeavesListsLookupsSuggestionsAndFacets() {
        String u = TestData.thaiUnique();
        String entity = TestData.createEntity("organization", Map.of("th", u + "องค์กรในถัง"), List.of("ถังองค์กร" + u));
        String tag = TestData.createTag(u + "แท็กในถัง");
        String author = TestData.createAuthor("ผู้เขียน " + unique());
        String section = TestData.createSection(u + "หมวดในถัง");
        given().queryParam("q", u).get("/v1/suggest").then().body("data.id", hasItems(entity, tag, section));

        for (String path : List.of("/v1/entities/" + entity, "/v1/tags/" + tag, "/v1/authors/" + author, "/v1/sections/" + section)) {
            given().delete(path).then().statusCode(204);
            given().get(path).then().spec(problem(404));
        }
        given().queryParam("q", u).get("/v1/suggest").then().statusCode(200).body("data", empty());
        given().queryParam("q", u + "องค์กรในถัง").get("/v1/entities").then().statusCode(200).body("data.id", not(hasItem(entity)));
        given().queryParam("limit", 100).get("/v1/authors").then().body("data.id", not(hasItem(author)));
        // Filters by slug no longer find it.
        given().queryParam("tag", Slugs.fromTitle(u + "แท็กในถัง")).get("/v1/articles").then().spec(problem(400));
        given().contentType(JSON).body(Map.of("title", "ใช้แท็กในถัง", "tagIds", List.of(tag))).post("/v1/articles").then().spec(problem(422));
        given().get("/v1/trash").then().body("data.id", hasItems(entity, tag, author, section));
        given().get("/v1/trash").then().body("data.find { it.id == '" + entity + "' }.name", equalTo(u + "องค์กรในถัง"));
        given().queryParam("type", "article").queryParam("limit", 100).get("/v1/trash").then().body("data.id", not(hasItem(entity)));
        given().queryParam("type", "thing").get("/v1/trash").then().spec(problem(400));

        given().post("/v1/entities/" + entity + "/restore").then().statusCode(200);
        given().queryParam("q", u).get("/v1/suggest").then().body("data.id", contains(entity));
    }

    @Test
    void trashPagesByDeletionTime() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = TestData.createAuthor("ผู้เขียนหน้า " + unique());
            given().delete("/v1/authors/" + id).then().statusCode(204);
            ids.add(0, id);
        }
        given().queryParam("type", "author").queryParam("limit", 2).get("/v1/trash").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).body("data.id", contains(ids.get(0), ids.get(1)))
                .body("meta.nextCursor", notNullValue());
        String next = given().queryParam("type", "author").queryParam("limit", 2).get("/v1/trash").then().extract().path("meta.nextCursor");
        given().queryParam("type", "author").queryParam("limit", 2).queryParam("cursor", next).get("/v1/trash").then()
                .body("data[0].id", equalTo(ids.get(2)));
    }

    @Test
    void retentionPurgesWhatStayedInTheTrashTooLong() {
        String old = createArticle(Map.of("title", "เก่าในถัง " + unique()));
        String tag = TestData.createTag("แท็กเก่าในถัง " + unique());
        given().delete("/v1/articles/" + old).then().statusCode(204);
        given().delete("/v1/tags/" + tag).then().statusCode(204);
        String purgeAt = given().get("/v1/trash").then().extract().path("data.find { it.id == '" + old + "' }.purgeAt");
        String deletedAt = given().get("/v1/trash").then().extract().path("data.find { it.id == '" + old + "' }.deletedAt");
        assertEquals(OffsetDateTime.parse(deletedAt).plusDays(30).toInstant(), OffsetDateTime.parse(purgeAt).toInstant());

        clock.advance(Duration.ofDays(29));
        String recent = createArticle(Map.of("title", "ใหม่ในถัง " + unique()));
        given().delete("/v1/articles/" + recent).then().statusCode(204);
        trash.purgeExpired(OffsetDateTime.now(clock));
        assertTrue(trashIds("article").contains(old));

        clock.advance(Duration.ofDays(2));
        trash.purgeExpired(OffsetDateTime.now(clock));
        assertTrue(!trashIds("article").contains(old));
        assertTrue(!trashIds("tag").contains(tag));
        assertTrue(trashIds("article").contains(recent));
        given().post("/v1/articles/" + old + "/restore").then().spec(problem(404));
        assertTrue(changes.all().contains(new ContentChanged(ContentType.ARTICLE, UUID.fromString(old), Change.PURGED)));
        assertTrue(changes.all().contains(new ContentChanged(ContentType.TAG, UUID.fromString(tag), Change.PURGED)));
    }

    @Test
    void restoreAnswersWithTheETagThatTheNextConditionalWriteNeeds() {
        String article = createArticle(Map.of("title", "ข่าวกู้คืน " + unique(), "bodyText", "เนื้อหา", "status", "published"));
        String tag = TestData.createTag("แท็กกู้คืน " + unique());
        for (String path : List.of("/v1/articles/" + article, "/v1/tags/" + tag)) {
            given().delete(path).then().statusCode(204);
            String etag = given().post(path + "/restore").then().statusCode(200)
                    .header("ETag", notNullValue()).header("Last-Modified", notNullValue()).extract().header("ETag");
            given().get(path).then().statusCode(200).header("ETag", equalTo(etag));
            String edit = path.startsWith("/v1/articles/") ? "{\"summary\": null}" : "{\"description\": null}";
            given().header("If-Match", etag).contentType("application/merge-patch+json; charset=UTF-8").body(edit)
                    .patch(path).then().statusCode(200);
        }
    }
}
