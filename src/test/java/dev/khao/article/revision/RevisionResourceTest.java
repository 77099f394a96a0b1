package dev.khao.article.revision;

import dev.khao.support.ProblemSpec;
import dev.khao.support.TestKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.createTag;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RevisionResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final String ADMIN_NAME = "admin (KHAO_ADMIN_KEY)";

    @Inject
    AgroalDataSource dataSource;

    private static String article(String title, String bodyText) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("bodyText", bodyText);
        return createArticle(body);
    }

    private static void patch(String id, Map<String, ?> patch) {
        given().contentType(MERGE_PATCH).body(patch).when().patch("/v1/articles/" + id).then().statusCode(200);
    }

    private static JsonPath revisions(String id) {
        return given().when().get("/v1/articles/" + id + "/revisions").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyWriteAddsANumberedRevisionWithWhoAndWhatChangedNewestFirst() {
        String tag = createTag("การเมือง " + unique());
        String id = article("ครม. อนุมัติงบ " + unique(), "ย่อหน้าแรก");
        patch(id, Map.of("title", "ครม. อนุมัติงบกลาง " + unique()));
        patch(id, Map.of("tagIds", List.of(tag)));

        given().when().get("/v1/articles/" + id + "/revisions")
                .then().statusCode(200)
                .body("meta.total", equalTo(3))
                .body("data.number", contains(3, 2, 1))
                .body("data.change", contains("updated", "updated", "created"))
                .body("data[0].changedFields", contains("tags"))
                .body("data[1].changedFields", contains("title"))
                .body("data[2].changedFields", hasItems("slug", "title", "bodyHtml", "bodyText", "status"))
                .body("data.createdBy", contains(ADMIN_NAME, ADMIN_NAME, ADMIN_NAME))
                .body("data[0].createdAt", notNullValue())
                .body("data[0]", not(org.hamcrest.Matchers.hasKey("article")));
    }

    @Test
    void listsPageByCursor() {
        String id = article("แบ่งหน้า " + unique(), "");
        for (int i = 0; i < 4; i++) {
            patch(id, Map.of("summary", "สรุป " + i));
        }
        String next = given().queryParam("limit", 2).when().get("/v1/articles/" + id + "/revisions")
                .then().statusCode(200).body("data.number", contains(5, 4)).body("meta.total", equalTo(5))
                .extract().path("meta.nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", next).when().get("/v1/articles/" + id + "/revisions")
                .then().statusCode(200).body("data.number", contains(3, 2));
    }

    @Test
    void aRevisionHoldsTheArticleAsItWasAfterThatWrite() {
        String first = "ฝนตกหนักกรุงเทพฯ " + unique();
        String id = article(first, "น้ำท่วมขังหลายจุด");
        patch(id, Map.of("title", "ฝนตกหนักทั่วกรุง " + unique()));

        given().when().get("/v1/articles/" + id + "/revisions/1")
                .then().statusCode(200)
                .body("number", equalTo(1))
                .body("change", equalTo("created"))
                .body("createdBy", equalTo(ADMIN_NAME))
                .body("article.id", equalTo(id))
                .body("article.title", equalTo(first))
                .body("article.bodyText", equalTo("น้ำท่วมขังหลายจุด"))
                .body("article.version", equalTo(0));
    }

    @Test
    void aRevisionsArticleIsExactlyWhatGetAnsweredAndAMarkupOnlyEditChangesNoText() {
        String html = "<h2>สรุปข่าว</h2><p>บรรทัดหนึ่ง<br>บรรทัดสอง</p><ul><li>ยางพารา</li><li>มันสำปะหลัง</li></ul>"
                + "<table><tr><th>จังหวัด</th><td>ตรัง</td></tr></table><blockquote><p>ราคาดีขึ้น</p></blockquote>";
        Map<String, Object> body = new HashMap<>();
        body.put("title", "ราคาพืชผล " + unique());
        body.put("bodyHtml", html);
        String id = createArticle(body);
        Map<String, Object> asCreated = given().when().get("/v1/articles/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        patch(id, Map.of("bodyHtml", html.replace("ยางพารา", "<strong>ยางพารา</strong>")));

        Map<String, Object> firstRevision = given().when().get("/v1/articles/" + id + "/revisions/1").then().statusCode(200)
                .extract().jsonPath().getMap("article");
        assertEquals(asCreated, firstRevision);
        given().when().get("/v1/articles/" + id + "/revisions/2").then().statusCode(200)
                .body("changedFields", hasItem("bodyHtml")).body("changedFields", not(hasItem("bodyText")))
                .body("article.bodyText", equalTo(asCreated.get("bodyText")));
        given().when().get("/v1/articles/" + id + "/revisions/2/diff").then().statusCode(200)
                .body("fields.field", not(hasItem("bodyText"))).body("body", org.hamcrest.Matchers.empty());
    }

    @Test
    void aSnapshotStoredWithItsTextBeforeV25IsReadWithThatText() throws SQLException {
        String id = article("ข่าวก่อนรุ่นใหม่ " + unique(), "ย่อหน้าเดียว");
        // Revisions written before V25 kept bodyText in the snapshot; one is written here the way they were.
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO article_revisions (article_id, number, change, changed_fields, snapshot, created_by, created_at) "
                    + "SELECT article_id, 2, 'updated', ARRAY['bodyHtml', 'bodyText'], "
                    + "snapshot || jsonb_build_object('bodyHtml', '<p>ย่อหน้าแรก</p><p>ย่อหน้าสอง</p>', 'bodyText', 'ย่อหน้าแรก\n\nย่อหน้าสอง'), "
                    + "created_by, created_at FROM article_revisions WHERE article_id = '" + id + "' AND number = 1");
        }
        given().when().get("/v1/articles/" + id + "/revisions/2").then().statusCode(200)
                .body("article.bodyText", equalTo("ย่อหน้าแรก\n\nย่อหน้าสอง"));
        given().when().get("/v1/articles/" + id + "/revisions/2/diff").then().statusCode(200)
                .body("body.change", contains("removed", "added", "added"))
                .body("body.text", contains("ย่อหน้าเดียว", "ย่อหน้าแรก", "ย่อหน้าสอง"));
    }

    @Test
    void diffShowsChangedFieldsAndTheBodyParagraphByParagraph() {
        String before = "สภาพอากาศวันนี้ " + unique();
        String id = article(before, "ภาคเหนือมีหมอก\n\nภาคกลางมีฝนร้อยละ 40\n\nกรุงเทพฯ อากาศร้อน");
        String after = "สภาพอากาศวันพรุ่งนี้ " + unique();
        patch(id, Map.of("title", after, "bodyText", "ภาคเหนือมีหมอก\n\nภาคกลางมีฝนร้อยละ 60\n\nกรุงเทพฯ อากาศร้อน\n\nภาคใต้มีคลื่นลมแรง"));

        given().queryParam("against", 1).when().get("/v1/articles/" + id + "/revisions/2/diff")
                .then().statusCode(200)
                .body("number", equalTo(2))
                .body("against", equalTo(1))
                .body("fields.field", hasItem("title"))
                .body("fields.field", not(hasItem("bodyHtml")))
                .body("fields.field", not(hasItem("updatedAt")))
                .body("fields.find { it.field == 'title' }.before", equalTo(before))
                .body("fields.find { it.field == 'title' }.after", equalTo(after))
                .body("body.change", contains("unchanged", "removed", "added", "unchanged", "added"))
                .body("body.text", contains("ภาคเหนือมีหมอก", "ภาคกลางมีฝนร้อยละ 40", "ภาคกลางมีฝนร้อยละ 60", "กรุงเทพฯ อากาศร้อน", "ภาคใต้มีคลื่นลมแรง"));

        // Without against, the revision before; the other direction swaps before and after.
        given().when().get("/v1/articles/" + id + "/revisions/2/diff").then().statusCode(200).body("against", equalTo(1));
        given().queryParam("against", 2).when().get("/v1/articles/" + id + "/revisions/1/diff")
                .then().statusCode(200)
                .body("fields.find { it.field == 'title' }.after", equalTo(before))
                .body("body.change", contains("unchanged", "removed", "added", "unchanged", "removed"));
    }

    @Test
    void restoringARevisionWritesItsContentAsANewRevisionAndKeepsHistory() {
        String tag = createTag("เศรษฐกิจ " + unique());
        String original = "ส่งออกโต 5% " + unique();
        Map<String, Object> body = new HashMap<>();
        body.put("title", original);
        body.put("bodyText", "ตัวเลขส่งออกเดือนนี้");
        body.put("tagIds", List.of(tag));
        body.put("status", "published");
        String id = createArticle(body);
        String slug = given().get("/v1/articles/" + id).then().extract().path("slug");
        patch(id, Map.of("title", "ส่งออกหดตัว " + unique(), "bodyText", "แก้ไขตัวเลข", "tagIds", List.of()));

        String etag = given().when().post("/v1/articles/" + id + "/revisions/1/restore")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("title", equalTo(original))
                .body("bodyText", equalTo("ตัวเลขส่งออกเดือนนี้"))
                .body("tags.id", contains(tag))
                .body("slug", equalTo(slug))
                .body("status", equalTo("published"))
                .extract().header("ETag");
        given().when().get("/v1/articles/" + id).then().header("ETag", equalTo(etag)).body("title", equalTo(original));

        given().when().get("/v1/articles/" + id + "/revisions")
                .then().body("data.number", contains(3, 2, 1))
                .body("data[0].change", equalTo("updated"))
                .body("data[0].changedFields", hasItems("title", "bodyText", "tags"));
        given().when().get("/v1/articles/" + id + "/revisions/2").then().body("article.title", not(equalTo(original)));
        given().when().get("/v1/articles/" + id + "/revisions/1").then().body("article.title", equalTo(original));
    }

    @Test
    void restoreHonoursIfMatch() {
        String id = article("กีฬา " + unique(), "");
        patch(id, Map.of("title", "กีฬาไทย " + unique()));
        given().header("If-Match", "\"stale\"").when().post("/v1/articles/" + id + "/revisions/1/restore")
                .then().spec(ProblemSpec.problem(412)).header("ETag", notNullValue());
        assertEquals(2, revisions(id).getInt("meta.total"));
    }

    @Test
    void unknownArticleOrRevisionIsNotFound() {
        String id = article("ไม่มีรุ่นนี้ " + unique(), "");
        given().when().get("/v1/articles/" + id + "/revisions/9").then().spec(ProblemSpec.problem(404));
        given().when().get("/v1/articles/" + id + "/revisions/1/diff").then().spec(ProblemSpec.problem(400));
        given().when().get("/v1/articles/" + java.util.UUID.randomUUID() + "/revisions").then().spec(ProblemSpec.problem(404));
        given().when().post("/v1/articles/" + id + "/revisions/9/restore").then().spec(ProblemSpec.problem(404));
    }

    @Test
    void historyIsForEditorsOnly() {
        String id = article("เฉพาะบรรณาธิการ " + unique(), "");
        TestKeys.anonymous().when().get("/v1/articles/" + id + "/revisions").then().spec(ProblemSpec.problem(401));
        TestKeys.anonymous().when().get("/v1/articles/" + id + "/revisions/1").then().spec(ProblemSpec.problem(401));
    }

    @Test
    void aWriteWhoseRevisionCannotBeStoredChangesNothing() throws SQLException {
        String marker = "ห้ามบันทึก-" + unique();
        String before = "ข่าวเดิม " + unique();
        String id = article(before, "เนื้อหาเดิม");
        String etag = given().get("/v1/articles/" + id).then().extract().header("ETag");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE OR REPLACE FUNCTION test_refuse_revision() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.snapshot->>'title' LIKE 'ห้ามบันทึก-%' THEN RAISE EXCEPTION 'revision refused by test'; END IF; RETURN NEW; END; $$");
            sql.execute("CREATE TRIGGER test_refuse_revision BEFORE INSERT ON article_revisions FOR EACH ROW EXECUTE FUNCTION test_refuse_revision()");
        }
        try {
            given().contentType(MERGE_PATCH).body(Map.of("title", marker, "bodyText", "เนื้อหาใหม่"))
                    .when().patch("/v1/articles/" + id)
                    .then().spec(ProblemSpec.problem(500)).body("title", not(equalTo(marker)));
            given().contentType(ContentType.JSON).body(Map.of("title", marker, "slug", "ห้ามบันทึก-" + id.substring(0, 8)))
                    .when().post("/v1/articles")
                    .then().spec(ProblemSpec.problem(500));
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("DROP TRIGGER test_refuse_revision ON article_revisions");
                sql.execute("DROP FUNCTION test_refuse_revision()");
            }
        }
        given().get("/v1/articles/" + id).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("title", equalTo(before))
                .body("bodyText", equalTo("เนื้อหาเดิม"));
        given().get("/v1/articles/slug/ห้ามบันทึก-" + id.substring(0, 8)).then().spec(ProblemSpec.problem(404));
        given().get("/v1/articles/" + id + "/revisions").then().body("data.number", containsInAnyOrder(1));
    }
}
