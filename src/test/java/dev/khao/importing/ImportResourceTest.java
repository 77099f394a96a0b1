package dev.khao.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khao.common.ContentChanged;
import dev.khao.common.Slugs;
import dev.khao.support.RecordedChanges;
import dev.khao.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.khao.support.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ImportResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDJSON = "application/x-ndjson";

    @Inject
    RecordedChanges changes;

    /** The twelve fixture press releases, in a section and with a tag of their own so tests can list exactly them. */
    private static List<ObjectNode> corpus(String u) {
        List<ObjectNode> lines = new ArrayList<>();
        for (String line : TestData.resource("thaigov-sample-12.ndjson").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                ObjectNode node = (ObjectNode) JSON.readTree(line);
                node.put("category", "ข่าวนำเข้า " + u);
                ((ArrayNode) node.get("tags")).add("นำเข้า " + u);
                lines.add(node);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return lines;
    }

    private static byte[] ndjson(List<?> lines) {
        return lines.stream().map(Object::toString).collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonPath importLines(String source, byte[] body) {
        return given().contentType(NDJSON).body(body)
                .when().post("/v1/import?externalSource=" + source)
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    private static List<Map<String, Object>> listSection(String u) {
        return given().queryParam("section", Slugs.fromTitle("ข่าวนำเข้า " + u)).queryParam("limit", 100)
                .when().get("/v1/articles")
                .then().statusCode(200).extract().jsonPath().getList("data");
    }

    @Test
    void importsCorpusLinesAndRejectsBadOnesWithTheirLineNumbers() {
        String u = TestData.unique();
        String source = "test-" + u;
        List<ObjectNode> corpus = corpus(u);
        List<Object> lines = new ArrayList<>(corpus.subList(0, 6));
        lines.add("{\"id\": \"broken\", \"title\": ");                                             // 7: not JSON
        lines.add("{\"id\": \"no-title\", \"body\": \"เนื้อหาไม่มีหัวข้อ\"}");                          // 8: no title
        lines.add("");                                                                              // 9: blank, ignored
        lines.add("{\"id\": \"long-title\", \"title\": \"" + "ก".repeat(600) + "\"}");                 // 10: title too long
        lines.add("[\"not\", \"an\", \"object\"]");                                                  // 11
        lines.add("{\"title\": \"ไม่มีรหัส\"}");                                                       // 12: no id
        lines.add("{\"id\": \"bad-date\", \"title\": \"วันที่ผิด\", \"published_at\": \"22/11/2567\"}");  // 13
        lines.addAll(corpus.subList(6, 12));

        JsonPath report = importLines(source, ndjson(lines));

        assertEquals(18, report.getInt("received"));
        assertEquals(12, report.getInt("created"));
        assertEquals(0, report.getInt("updated"));
        assertEquals(0, report.getInt("unchanged"));
        assertEquals(6, report.getInt("rejected"));
        assertEquals(List.of(7, 8, 10, 11, 12, 13), report.getList("errors.line", Integer.class));
        assertEquals("no-title", report.getString("errors[1].externalId"));
        assertTrue(report.getString("errors[0].reason").matches("is not valid JSON \\(column \\d+\\)"), report.getString("errors[0].reason"));
        assertEquals("is not a JSON object", report.getString("errors[3].reason"));
        assertTrue(report.getString("errors[1].reason").startsWith("title:"));
        assertTrue(report.getString("errors[2].reason").startsWith("title: size must be"), report.getString("errors[2].reason"));
        assertTrue(report.getString("errors[4].reason").startsWith("id:"));
        assertTrue(report.getString("errors[5].reason").startsWith("published_at:"));

        List<Map<String, Object>> listed = listSection(u);
        assertEquals(12, listed.size());
        for (ObjectNode line : corpus) {
            Map<String, Object> article = listed.stream().filter(a -> line.get("id").asText().equals(a.get("externalId"))).findFirst().orElseThrow();
            assertEquals(line.get("title").asText(), article.get("title"));
            assertEquals(line.get("body").asText(), article.get("bodyText"));
            assertEquals(line.get("url").asText(), article.get("sourceUrl"));
            assertEquals(source, article.get("externalSource"));
            assertEquals("published", article.get("status"));
            // The writers run on threads of their own; the import still records who sent it.
            assertEquals("admin (KHAO_ADMIN_KEY)", article.get("createdBy"));
            assertEquals(line.get("published_at").asText() + "T00:00:00+07:00", article.get("publishedAt"));
            List<String> tagNames = ((List<?>) article.get("tags")).stream().map(t -> (String) ((Map<?, ?>) t).get("name")).toList();
            List<String> expected = new ArrayList<>();
            line.get("tags").forEach(t -> expected.add(t.asText()));
            assertEquals(expected, tagNames);
        }
        // Tags are real tags: filtering by the new one lists exactly the import.
        given().queryParam("tag", Slugs.fromTitle("นำเข้า " + u)).queryParam("limit", 100).get("/v1/articles")
                .then().statusCode(200).body("data", hasSize(12));
        given().get("/v1/sections/slug/" + Slugs.fromTitle("ข่าวนำเข้า " + u)).then().statusCode(200).body("name", equalTo("ข่าวนำเข้า " + u));

        // Same events as API writes, so whatever indexes articles indexes imports too: a line published in the past is
        // created public, which is announced as PUBLISHED (ContentChanged).
        List<String> ids = listed.stream().map(a -> (String) a.get("id")).toList();
        long createdEvents = changes.all().stream()
                .filter(c -> c.type() == ContentChanged.ContentType.ARTICLE && c.change() == ContentChanged.Change.PUBLISHED)
                .filter(c -> ids.contains(c.id().toString())).count();
        assertEquals(12, createdEvents);
    }

    @Test
    void aLineThatIsNotWellFormedUtf8IsRejectedAndTheRestImported() {
        String source = "test-" + TestData.unique();
        byte[] bad = "{\"id\": \"overlong\", \"title\": \"a__b\"}\n".getBytes(StandardCharsets.US_ASCII);
        int at = new String(bad, StandardCharsets.US_ASCII).indexOf("__");
        bad[at] = (byte) 0xC0;      // an overlong '/': Jackson would have imported the title as a/b
        bad[at + 1] = (byte) 0xAF;
        byte[] good = ndjson(List.of("{\"id\": \"fine\", \"title\": \"ข่าวดี\"}"));
        byte[] body = new byte[bad.length + good.length];
        System.arraycopy(bad, 0, body, 0, bad.length);
        System.arraycopy(good, 0, body, bad.length, good.length);
        JsonPath report = importLines(source, body);
        assertEquals(1, report.getInt("created"));
        assertEquals(List.of(1), report.getList("errors.line", Integer.class));
        assertEquals("is not valid UTF-8", report.getString("errors[0].reason"));
    }

    @Test
    void aFieldGivenInTwoSpellingsWithDifferentValuesIsRejectedNotGuessed() {
        String source = "test-" + TestData.unique();
        JsonPath report = importLines(source, ndjson(List.of(
                "{\"id\": \"one\", \"externalId\": \"two\", \"title\": \"ข่าวสองรหัส\"}",
                "{\"id\": \"dated\", \"title\": \"ข่าวสองวัน\", \"published_at\": \"2024-11-26T10:00:00+07:00\", \"publishedAt\": \"2024-11-27T10:00:00+07:00\"}",
                "{\"id\": \"same\", \"externalId\": \"same\", \"title\": \"ข่าวรหัสเดียว\"}")));
        assertEquals(1, report.getInt("created"));
        assertEquals(List.of(1, 2), report.getList("errors.line", Integer.class));
        assertEquals(List.of("id: the line also has externalId, with another value; send one of them",
                        "published_at: the line also has publishedAt, with another value; send one of them"),
                report.getList("errors.reason", String.class));
    }

    @Test
    void aLineNestedTooDeeplyIsRejectedInTheReportsOwnWords() {
        String source = "test-" + TestData.unique();
        JsonPath report = importLines(source, ndjson(List.of("{\"id\": \"deep\", \"title\": " + "[".repeat(1_500) + "]".repeat(1_500) + "}")));
        assertEquals(1, report.getInt("rejected"));
        String reason = report.getString("errors[0].reason");
        assertTrue(reason.startsWith("is not valid JSON") && !reason.contains("StreamReadConstraints"), reason);
    }

    @Test
    void rejectsLinesPublishedInYearsATimestampCannotWrite() {
        String u = TestData.unique();
        List<Object> lines = List.of(
                "{\"id\": \"far-" + u + "\", \"title\": \"ปีหนึ่งหมื่น\", \"published_at\": \"+10000-01-01T00:00:00Z\"}",
                "{\"id\": \"bc-" + u + "\", \"title\": \"ก่อนคริสตกาล\", \"published_at\": \"-0001-06-01T00:00:00Z\"}",
                "{\"id\": \"fine-" + u + "\", \"title\": \"ปีปกติ " + u + "\", \"published_at\": \"2024-06-01\"}");
        JsonPath report = importLines("test-" + u, ndjson(lines));
        assertEquals(1, report.getInt("created"));
        assertEquals(List.of(1, 2), report.getList("errors.line", Integer.class));
        assertEquals(List.of("publishedAt: must be between 0001-01-02 and 9999-12-30", "publishedAt: must be between 0001-01-02 and 9999-12-30"),
                report.getList("errors.reason", String.class));
    }

    @Test
    void rejectsLinesWithTextTheDatabaseCannotHoldAndImportsTheRest() {
        String u = TestData.unique();
        List<Object> lines = List.of(
                "{\"id\": \"nul-title-" + u + "\", \"title\": \"ข่าว\\u0000ด่วน\"}",
                "{\"id\": \"nul-\\u0000" + u + "\", \"title\": \"รหัสมีนัล\"}",
                "{\"id\": \"nul-tag-" + u + "\", \"title\": \"แท็กมีนัล\", \"tags\": [\"ดิจิทัล\", \"เอส\\u0000แคป\"]}",
                "{\"id\": \"surrogate-" + u + "\", \"title\": \"ครึ่งอีโมจิ\", \"body\": \"ข้อความ\\ud83d\"}",
                "{\"id\": \"nul-section-" + u + "\", \"title\": \"หมวดมีนัล\", \"category\": \"การ\\u0000เมือง\"}",
                "{\"id\": \"fine-" + u + "\", \"title\": \"ข่าวปกติ " + u + "\", \"body\": \"อีโมจิครบคู่ 🎉\"}");
        JsonPath report = importLines("test-" + u, ndjson(lines));
        assertEquals(1, report.getInt("created"));
        assertEquals(List.of(1, 2, 3, 4, 5), report.getList("errors.line", Integer.class));
        String refused = "must not contain the NUL character (\\u0000) or an unpaired UTF-16 surrogate";
        assertEquals(List.of("title: " + refused, "id: " + refused, "tags[1]: " + refused, "body: " + refused, "category: " + refused),
                report.getList("errors.reason", String.class));
    }

    @Test
    void aLineWithMoreTagsThanAnArticleMayHaveCreatesNoneOfThem() {
        String u = TestData.unique();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tags.add("toomany-" + u + "-" + i);
        }
        ObjectNode line = JSON.createObjectNode().put("id", "tags-" + u).put("title", "แท็กเยอะเกิน");
        tags.forEach(line.putArray("tags")::add);
        JsonPath report = importLines("test-" + u, ndjson(List.of(line)));
        assertEquals(0, report.getInt("created"));
        assertEquals(List.of("tags: must have at most 50 different tags"), report.getList("errors.reason", String.class));
        given().get("/v1/tags/slug/" + Slugs.fromTitle("toomany-" + u + "-0")).then().statusCode(404);
    }

    @Test
    void rerunningUpdatesInsteadOfDuplicating() {
        String u = TestData.unique();
        String source = "test-" + u;
        List<ObjectNode> corpus = corpus(u);

        JsonPath first = importLines(source, ndjson(corpus));
        assertEquals(12, first.getInt("created"));

        JsonPath again = importLines(source, ndjson(corpus));
        assertEquals(12, again.getInt("received"));
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"));
        assertEquals(12, again.getInt("unchanged"));

        String newTitle = corpus.get(3).get("title").asText() + " (แก้ไข)";
        corpus.get(3).put("title", newTitle);
        JsonPath changed = importLines(source, ndjson(corpus));
        assertEquals(0, changed.getInt("created"));
        assertEquals(1, changed.getInt("updated"));
        assertEquals(11, changed.getInt("unchanged"));

        List<Map<String, Object>> listed = listSection(u);
        assertEquals(12, listed.size());
        Map<String, Object> edited = listed.stream().filter(a -> corpus.get(3).get("id").asText().equals(a.get("externalId"))).findFirst().orElseThrow();
        assertEquals(newTitle, edited.get("title"));

        // An article edited since its import is not "unchanged": the feed's version wins again.
        given().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("summary", "แก้โดยบรรณาธิการ"))
                .patch("/v1/articles/" + edited.get("id")).then().statusCode(200);
        JsonPath afterEdit = importLines(source, ndjson(corpus));
        assertEquals(1, afterEdit.getInt("updated"));
        assertEquals(11, afterEdit.getInt("unchanged"));
        given().get("/v1/articles/" + edited.get("id")).then().body("summary", nullValue());
    }

    @Test
    void everyImportedArticleIsSearchableOnceTheImportAnswers() {
        // 260 lines: each of the two writers' transactions holds more than the hundred articles indexed at a time.
        String u = TestData.unique().replace("-", "");
        List<ObjectNode> corpus = corpus(u);
        List<ObjectNode> lines = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            ObjectNode line = corpus.get(i % corpus.size()).deepCopy();
            line.put("id", "search-" + i).put("title", line.get("title").asText() + " batch" + u + " line" + u + "x" + i);
            lines.add(line);
        }
        assertEquals(260, importLines("test-" + u, ndjson(lines)).getInt("created"));

        given().queryParam("q", "batch" + u).get("/v1/search").then().statusCode(200).body("meta.total", equalTo(260));
        for (int i : new int[] {0, 99, 100, 101, 199, 259}) {
            given().queryParam("q", "line" + u + "x" + i).get("/v1/search")
                    .then().statusCode(200).body("meta.total", equalTo(1)).body("data[0].article.title", endsWith("line" + u + "x" + i));
        }

        // Re-importing with new titles re-indexes them: the old words no longer find them.
        lines.forEach(line -> line.put("title", line.get("title").asText().replace("batch" + u, "renamed" + u)));
        assertEquals(260, importLines("test-" + u, ndjson(lines)).getInt("updated"));
        given().queryParam("q", "renamed" + u).get("/v1/search").then().statusCode(200).body("meta.total", equalTo(260));
        given().queryParam("q", "batch" + u).get("/v1/search").then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void sameIdTwiceInOneImportIsOneArticle() {
        String u = TestData.unique();
        ObjectNode line = corpus(u).get(0);
        ObjectNode later = line.deepCopy().put("title", "ฉบับแก้ไข " + u);
        JsonPath report = importLines("test-" + u, ndjson(List.of(line, later)));
        assertEquals(1, report.getInt("created"));
        assertEquals(1, report.getInt("updated"));
        assertEquals(1, listSection(u).size());
        assertEquals("ฉบับแก้ไข " + u, listSection(u).get(0).get("title"));
    }

    @Test
    void acceptsBodiesAboveTheGlobalLimit() {
        String u = TestData.unique();
        // 12 MB of blank lines (ignored) around one article: over quarkus.http.limits.max-body-size, sent with a Content-Length.
        StringBuilder body = new StringBuilder();
        String blank = " ".repeat(6000) + "\n";
        for (int i = 0; i < 2000; i++) {
            body.append(blank);
        }
        body.append(corpus(u).get(0)).append('\n');
        JsonPath report = importLines("test-" + u, body.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(1, report.getInt("received"));
        assertEquals(1, report.getInt("created"));
    }

    @Test
    void acceptsJsonLinesAndPlainTextMediaTypes() {
        String u = TestData.unique();
        List<ObjectNode> corpus = corpus(u);
        given().contentType("application/jsonl").body(ndjson(corpus.subList(0, 1))).post("/v1/import?externalSource=test-" + u)
                .then().statusCode(200).body("created", equalTo(1));
        given().contentType("text/plain; charset=UTF-8").body(ndjson(corpus.subList(1, 2))).post("/v1/import?externalSource=test-" + u)
                .then().statusCode(200).body("created", equalTo(1));
    }

    @Test
    void emptyBodyIsAProblem() {
        given().contentType(NDJSON).body(new byte[0]).post("/v1/import?externalSource=test-empty")
                .then().spec(problem(400)).body("detail", containsString("no lines"));
        given().contentType(NDJSON).body("\n  \n\n".getBytes(StandardCharsets.UTF_8)).post("/v1/import?externalSource=test-empty")
                .then().spec(problem(400));
    }

    @Test
    void wrongContentTypeIsAProblem() {
        given().contentType(ContentType.JSON).body("[{\"id\": \"x\", \"title\": \"ข่าว\"}]").post("/v1/import?externalSource=test-json")
                .then().spec(problem(415));
    }

    @Test
    void externalSourceIsRequired() {
        given().contentType(NDJSON).body("{\"id\": \"x\", \"title\": \"ข่าว\"}\n".getBytes(StandardCharsets.UTF_8)).post("/v1/import")
                .then().spec(problem(400)).body("errors[0].field", equalTo("externalSource"));
        given().contentType(NDJSON).body("{\"id\": \"x\", \"title\": \"ข่าว\"}\n".getBytes(StandardCharsets.UTF_8)).post("/v1/import?externalSource=Thai Gov")
                .then().spec(problem(400)).body("errors[0].field", equalTo("externalSource"));
    }

    @Test
    void importIsDocumented() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/v1/import'.post.tags", hasItem("Import"))
                .body("paths.'/v1/import'.post.responses", hasKey("415"));
    }
}
