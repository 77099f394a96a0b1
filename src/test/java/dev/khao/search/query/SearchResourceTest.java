package dev.khao.search.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.search.text.Terms;
import dev.khao.search.text.ThaiSegmenter;
import dev.khao.search.text.Token;
import dev.khao.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.khao.support.ProblemSpec.problem;
import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.createSection;
import static dev.khao.support.TestData.createTag;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SearchResourceTest {

    @Inject
    EntityManager em;

    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

    /** A published article in {@code section} with the given body, plus any more fields. */
    private static String article(String section, String title, String body, Object... more) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("bodyText", body);
        fields.put("status", "published");
        fields.put("sectionId", section);
        for (int i = 0; i < more.length; i += 2) {
            fields.put((String) more[i], more[i + 1]);
        }
        return createArticle(fields);
    }

    private static String freshSection() {
        return createSection("ค้นหา " + unique());
    }

    private static RequestSpecification search(String section, String q) {
        return given().queryParam("q", q).queryParam("section", section);
    }

    private static List<String> ids(String section, String q) {
        return search(section, q).get("/v1/search").then().statusCode(200).extract().path("data.article.id");
    }

    @Test
    void findsAWordInsideAThaiCompound() {
        String section = freshSection();
        String id = article(section, "ข่าว " + unique(), "รัฐบาลเร่งการเปลี่ยนผ่านทางดิจิทัลของประเทศ");
        article(section, "ข่าวอื่น " + unique(), "การเกษตรแห่งชาติ");
        search(section, "ดิจิทัล").get("/v1/search").then().statusCode(200)
                .body("data.article.id", contains(id))
                .body("meta.total", equalTo(1))
                .body("data[0].highlights[0]", containsString("<mark>ดิจิทัล</mark>"));
        assertEquals(List.of(id), ids(section, "เปลี่ยนผ่าน"));
    }

    @Test
    void matchesWholeWordsOnly() {
        String section = freshSection();
        article(section, "ข่าว " + unique(), "ตามที่ได้รับแจ้ง มีคนตาย");
        String eye = article(section, "ข่าว " + unique(), "ผู้ป่วยมีอาการปวดตา และน้ำตาไหล");
        assertEquals(List.of(eye), ids(section, "ตา"));
    }

    @Test
    void matchesANameIcuSplitsOnlyWhereItIsWrittenWhole() {
        String section = freshSection();
        TestData.createEntity("person", Map.of("th", "ชัยวุฒิ ธนาคมานุสรณ์"), List.of("ชัยวุฒิ"));
        String whole = article(section, "ข่าว " + unique(), "ชัยวุฒิ ธนาคมานุสรณ์ เข้าร่วมการประชุมรัฐมนตรีดิจิทัล");
        article(section, "ข่าว " + unique(), "ขอให้มีชัย ในวันนี้ และเป็นผู้มีวุฒิ ภาวะ");
        search(section, "ชัยวุฒิ").get("/v1/search").then().statusCode(200)
                .body("data.article.id", contains(whole))
                .body("data[0].highlights[0]", containsString("<mark>ชัยวุฒิ"))
                .body("data[0].highlights[0]", not(containsString("<mark>ชัย</mark>")));
        // ชัย alone is another word (victory): the name is not found by it
        assertEquals(List.of(), ids(section, "ชัย").stream().filter(whole::equals).toList());
    }

    @Test
    void segmentsANameAddedAtRuntimeWithoutRestart() {
        String section = freshSection();
        String text = "ขอบคุณคุณทองพูลสมบัติเจริญที่มาร่วมงาน";
        String before = article(section, "ก่อน " + unique(), text);
        // Not a known name yet: ICU splits it and its pieces are words
        assertEquals(List.of(before), ids(section, "สมบัติ"));

        TestData.createEntity("person", Map.of("th", "ทองพูลสมบัติเจริญ"), List.of());
        String after = article(section, "หลัง " + unique(), text);
        // Now one word: its piece no longer finds the new article, the whole name finds both
        assertEquals(List.of(before), ids(section, "สมบัติ"));
        assertEquals(2, ids(section, "ทองพูลสมบัติเจริญ").size());
        search(section, "ทองพูลสมบัติเจริญ").queryParam("q", "ทองพูลสมบัติเจริญ").get("/v1/search").then()
                .body("data.find { it.article.id == '" + after + "' }.highlights[0]", containsString("<mark>ทองพูลสมบัติเจริญ</mark>"));
    }

    @Test
    void expandsAnEntityNameToItsAliasesAndLinkedArticles() {
        String section = freshSection();
        String escap = TestData.createEntity("organization", Map.of("th", "เอสแคป", "en", "ESCAP"), List.of("UNESCAP"));
        String thai = article(section, "ประชุม " + unique(), "ผู้แทนเอสแคปร่วมประชุมที่กรุงเทพฯ");
        String linked = article(section, "ประชุม " + unique(), "การประชุมระดับภูมิภาค",
                "entities", List.of(Map.of("id", escap)));
        article(section, "ประชุม " + unique(), "การประชุมเกษตร");
        for (String q : List.of("ESCAP", "escap", "เอสแคป", "UNESCAP")) {
            search(section, q).get("/v1/search").then().statusCode(200)
                    .body("data.article.id", containsInAnyOrder(thai, linked))
                    .body("meta.query.entities", hasItem(escap));
        }
        search(section, "ESCAP").get("/v1/search").then()
                .body("data.find { it.article.id == '" + thai + "' }.highlights[0]", containsString("<mark>เอสแคป</mark>"));
    }

    @Test
    void excludesWordsAndPhrases() {
        String section = freshSection();
        article(section, "ข่าว " + unique(), "ความร่วมมือดิจิทัลกับเกาหลี");
        String japan = article(section, "ข่าว " + unique(), "ความร่วมมือดิจิทัลกับญี่ปุ่น");
        assertEquals(List.of(japan), ids(section, "ดิจิทัล -เกาหลี"));
        assertEquals(List.of(japan), ids(section, "ความร่วมมือ -\"กับ เกาหลี\""));
    }

    @Test
    void offersAChoiceWithOr() {
        String section = freshSection();
        String korea = article(section, "ข่าว " + unique(), "เยือนเกาหลี");
        String japan = article(section, "ข่าว " + unique(), "เยือนญี่ปุ่น");
        article(section, "ข่าว " + unique(), "เยือนจีน");
        assertEquals(List.of(), ids(section, "เกาหลี ญี่ปุ่น"));
        assertEquals(2, ids(section, "เกาหลี OR ญี่ปุ่น").size());
        assertTrue(ids(section, "เกาหลี OR ญี่ปุ่น").containsAll(List.of(korea, japan)));
    }

    @Test
    void matchesQuotedPhrasesOnlyWhenTheWordsAreAdjacent() {
        String section = freshSection();
        String adjacent = article(section, "ข่าว " + unique(), "โครงการลดช่องว่างการเข้าถึงอินเทอร์เน็ต");
        String apart = article(section, "ข่าว " + unique(), "ช่องว่าง ระหว่างเมืองกับชนบท จะ ลด ลง");
        assertEquals(List.of(adjacent), ids(section, "\"ลด ช่องว่าง\""));
        assertEquals(List.of(adjacent), ids(section, "ลดช่องว่าง"));
        assertEquals(2, ids(section, "ลด ช่องว่าง").size());
        assertTrue(ids(section, "ลด ช่องว่าง").contains(apart));
    }

    @Test
    void showsAWordOfThreePiecesOnlyWhereThePiecesStandTogether() {
        String section = freshSection();
        String adjacent = article(section, "ข่าว " + unique(), "โครงการลดช่องว่างการเข้าถึงอินเทอร์เน็ต");
        // Holds both word pairs of ลด|ช่อง|ว่าง (ลด ช่อง, ช่อง ว่าง), never the three together.
        article(section, "ข่าว " + unique(), "ลดช่อง ทางเดิน และช่องว่าง ระหว่างเมือง");
        // The pair-level match counts both (meta.total says so); the page is checked phrase by phrase.
        search(section, "ลดช่องว่าง").get("/v1/search").then().statusCode(200)
                .body("data.article.id", contains(adjacent))
                .body("meta.total", equalTo(2));
    }

    @Test
    void highlightsWholeWordsInShortSnippetsOfTheOriginalText() {
        String section = freshSection();
        String seed = TestData.resource("seed-article.txt");
        String title = seed.lines().findFirst().orElseThrow();
        String body = seed.substring(seed.indexOf('\n')).strip();
        String id = article(section, title + " " + unique(), body);
        ExtractableResponse<Response> found = search(section, "ดิจิทัล").get("/v1/search").then().statusCode(200)
                .body("data.article.id", contains(id)).extract();
        List<String> highlights = found.path("data[0].highlights");
        assertEquals(2, highlights.size());
        List<Integer> cuts = ThaiSegmenter.segments(body, Terms.EMPTY).stream().map(Token::start).toList();
        for (String snippet : highlights) {
            assertTrue(snippet.length() <= 200, snippet);
            Matcher marks = MARK.matcher(snippet);
            int count = 0;
            while (marks.find()) {
                assertEquals("ดิจิทัล", marks.group(1));
                count++;
            }
            assertTrue(count > 0, snippet);
            String plain = unescape(snippet.replace("<mark>", "").replace("</mark>", ""));
            String inner = plain.replaceAll("^…", "").replaceAll("…$", "");
            int at = body.indexOf(inner);
            assertTrue(at >= 0, "snippet is a piece of the body: " + inner);
            assertTrue(cuts.contains(at) && (at + inner.length() == body.length() || cuts.contains(at + inner.length())),
                    "snippet starts and ends at word boundaries: " + inner);
            assertEquals(plain.startsWith("…"), at > 0);
        }
    }

    @Test
    void highlightsAnArticleIndexedBeforeBodySegmentsWereStoredAsOneIndexedWithThem() {
        String section = freshSection();
        String seed = TestData.resource("seed-article.txt");
        UUID id = UUID.fromString(article(section, seed.lines().findFirst().orElseThrow() + " " + unique(), seed.substring(seed.indexOf('\n')).strip()));
        List<String> stored = search(section, "ดิจิทัล").get("/v1/search").then().statusCode(200).extract().path("data[0].highlights");
        // A search row written before V20 has neither its body's start (V22) nor segments; highlighting segments its body itself.
        int cleared = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "UPDATE article_search SET body_start = NULL, body_segments = NULL WHERE article_id = ?1 AND body_start IS NOT NULL")
                .setParameter(1, id).executeUpdate());
        assertEquals(1, cleared);

        List<String> again = search(section, "ดิจิทัล").header("Cache-Control", "no-cache").get("/v1/search").then().statusCode(200)
                .extract().path("data[0].highlights");
        assertEquals(2, stored.size());
        assertEquals(stored, again);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void escapesHtmlInHighlights() {
        String section = freshSection();
        article(section, "ข่าว " + unique(), "ใช้แท็ก <script> กับ ดิจิทัล & อื่นๆ");
        String snippet = search(section, "ดิจิทัล").get("/v1/search").then().statusCode(200).extract().path("data[0].highlights[0]");
        assertTrue(snippet.contains("&lt;script&gt;") && snippet.contains("&amp;") && !snippet.contains("<script>"), snippet);
    }

    @Test
    void countsFacetsOverAllMatches() {
        String u = unique();
        String section = freshSection();
        String tagA = createTag("แท็กเอ " + u);
        String tagB = createTag("แท็กบี " + u);
        String entity = TestData.createEntity("organization", Map.of("th", "องค์กร " + u), List.of());
        article(section, "ข่าว " + unique(), "สหกรณ์การเกษตร", "tagIds", List.of(tagA), "entities", List.of(Map.of("id", entity)));
        article(section, "ข่าว " + unique(), "สหกรณ์การเกษตร", "tagIds", List.of(tagA, tagB));
        article(section, "ข่าว " + unique(), "สหกรณ์การเกษตร", "tagIds", List.of(tagB));
        article(section, "ข่าว " + unique(), "ข่าวอื่น", "tagIds", List.of(tagB));
        search(section, "สหกรณ์").queryParam("limit", 1).get("/v1/search").then().statusCode(200)
                .body("data", hasSize(1))
                .body("meta.total", equalTo(3))
                .body("meta.facets.sections[0].id", equalTo(section))
                .body("meta.facets.sections[0].count", equalTo(3))
                .body("meta.facets.tags.find { it.id == '" + tagA + "' }.count", equalTo(2))
                .body("meta.facets.tags.find { it.id == '" + tagB + "' }.count", equalTo(2))
                .body("meta.facets.tags.find { it.id == '" + tagB + "' }.name", equalTo("แท็กบี " + u))
                .body("meta.facets.entities[0].id", equalTo(entity))
                .body("meta.facets.entities[0].name", equalTo("องค์กร " + u))
                .body("meta.facets.entities[0].count", equalTo(1));
    }

    @Test
    void facetsFollowAnArticlesLinksThroughEditsAndTheTrash() {
        String u = unique();
        String section = freshSection();
        String before = createTag("ก่อน " + u);
        String after = createTag("หลัง " + u);
        String id = article(section, "ข่าว " + unique(), "ลำไยอบแห้ง", "tagIds", List.of(before));
        search(section, "ลำไย").get("/v1/search").then().statusCode(200)
                .body("meta.facets.tags.id", contains(before));

        given().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("tagIds", List.of(after)))
                .patch("/v1/articles/" + id).then().statusCode(200);
        search(section, "ลำไย").get("/v1/search").then().statusCode(200)
                .body("meta.facets.tags.id", contains(after))
                .body("meta.facets.tags[0].count", equalTo(1));

        given().queryParam("force", true).delete("/v1/tags/" + after).then().statusCode(204);
        search(section, "ลำไย").get("/v1/search").then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("meta.facets.tags", empty());

        given().post("/v1/tags/" + after + "/restore").then().statusCode(200);
        search(section, "ลำไย").get("/v1/search").then().statusCode(200)
                .body("meta.facets.tags.id", contains(after));
    }

    @Test
    void facetsNameTheTenMostCountedWithTiesInNameOrder() {
        String u = unique();
        String section = freshSection();
        // Tags 3 to 11 are on the first 1 to 9 articles; tags 0, 1 and 2 on one article each.
        List<String> tags = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            tags.add(createTag("ป้าย " + (char) ('a' + k) + " " + u));
        }
        for (int n = 0; n < 9; n++) {
            List<String> carried = new ArrayList<>();
            for (int k = 3; k < 12; k++) {
                if (n < k - 2) {
                    carried.add(tags.get(k));
                }
            }
            if (n < 3) {
                carried.add(tags.get(n));
            }
            article(section, "ข่าว " + unique(), "มังคุดคัด", "tagIds", carried);
        }
        // The top ten is tags 11 down to 4 (9 to 2 articles), then the first two by name of the four tied at one
        // (tags 0 and 1, named "ป้าย a" and "ป้าย b", before tags 2 and 3).
        List<String> expected = new ArrayList<>();
        for (int k = 11; k >= 4; k--) {
            expected.add(tags.get(k));
        }
        expected.add(tags.get(0));
        expected.add(tags.get(1));
        search(section, "มังคุด").get("/v1/search").then().statusCode(200)
                .body("meta.total", equalTo(9))
                .body("meta.facets.tags.id", contains(expected.toArray()))
                .body("meta.facets.tags.count", contains(9, 8, 7, 6, 5, 4, 3, 2, 1, 1));
    }

    @Test
    void filtersLikeTheArticleList() {
        String u = unique();
        String section = freshSection();
        String tag = createTag("กรอง " + u);
        String author = TestData.createAuthor("ผู้เขียน " + u);
        String entity = TestData.createEntity("place", Map.of("th", "สถานที่ " + u), List.of());
        String tagged = article(section, "ข่าว " + unique(), "พลังงานสะอาด", "tagIds", List.of(tag), "publishedAt", "2024-05-10T09:00:00+07:00");
        String authored = article(section, "ข่าว " + unique(), "พลังงานสะอาด", "authorIds", List.of(author), "publishedAt", "2024-03-01T09:00:00+07:00");
        String placed = article(section, "ข่าว " + unique(), "พลังงานสะอาด", "entities", List.of(Map.of("id", entity)));
        String english = article(section, "News " + unique(), "Clean energy พลังงานสะอาด", "language", "en");
        assertEquals(List.of(tagged), search(section, "พลังงาน").queryParam("tag", tag).get("/v1/search").then().statusCode(200).extract().path("data.article.id"));
        assertEquals(List.of(authored), search(section, "พลังงาน").queryParam("author", author).get("/v1/search").then().extract().path("data.article.id"));
        assertEquals(List.of(placed), search(section, "พลังงาน").queryParam("entity", entity).get("/v1/search").then().extract().path("data.article.id"));
        assertEquals(List.of(english), search(section, "พลังงาน").queryParam("language", "en").get("/v1/search").then().extract().path("data.article.id"));
        assertEquals(List.of(tagged), search(section, "พลังงาน").queryParam("publishedFrom", "2024-05-01").queryParam("publishedTo", "2024-06-01")
                .get("/v1/search").then().extract().path("data.article.id"));
        String slug = given().get("/v1/sections/" + section).then().extract().path("slug");
        assertEquals(4, given().queryParam("q", "พลังงาน").queryParam("section", slug).get("/v1/search").then().statusCode(200)
                .extract().<List<String>>path("data").size());
    }

    @Test
    void pagesByCursorWithLinkHeaderStably() {
        String section = freshSection();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(article(section, "ข่าว " + unique(), "ปุ๋ยอินทรีย์ ".repeat(i + 1) + "สำหรับเกษตรกร",
                    "publishedAt", OffsetDateTime.now().minusDays(i).toString()));
        }
        List<String> seen = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = search(section, "ปุ๋ย").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get("/v1/search").then().statusCode(200)
                    .body("meta.total", equalTo(5)).body("meta.limit", equalTo(2)).extract();
            seen.addAll(page.path("data.article.id"));
            scores.addAll(page.path("data.score"));
            cursor = page.path("meta.nextCursor");
            if (cursor != null) {
                assertTrue(page.header("Link").contains("cursor=") && page.header("Link").endsWith("; rel=\"next\""));
            } else {
                assertEquals(null, page.header("Link"));
            }
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertTrue(seen.containsAll(created));
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "scores descend: " + scores);
        }
        // The same search again gives the same order.
        List<String> again = search(section, "ปุ๋ย").queryParam("limit", 5).get("/v1/search").then().extract().path("data.article.id");
        assertEquals(seen, again);

        String link = search(section, "ปุ๋ย").queryParam("limit", 4).get("/v1/search").then().extract().header("Link");
        String next = link.substring(1, link.indexOf('>'));
        given().urlEncodingEnabled(false).get(next).then().statusCode(200).body("data", hasSize(1))
                .body("data[0].article.id", equalTo(seen.get(4)));
    }

    @Test
    void sortsNewestFirstOnRequest() {
        String section = freshSection();
        String old = article(section, "ข่าว " + unique(), "ยางพารา ยางพารา ยางพารา ยางพารา", "publishedAt", "2023-01-01T09:00:00+07:00");
        String mid = article(section, "ข่าว " + unique(), "ยางพารา", "publishedAt", "2024-01-01T09:00:00+07:00");
        String recent = article(section, "ข่าว " + unique(), "ราคายางพารา", "publishedAt", "2025-01-01T09:00:00+07:00");
        search(section, "ยางพารา").queryParam("sort", "newest").queryParam("limit", 2).get("/v1/search").then().statusCode(200)
                .body("data.article.id", contains(recent, mid));
        String cursor = search(section, "ยางพารา").queryParam("sort", "newest").queryParam("limit", 2).get("/v1/search").then().extract().path("meta.nextCursor");
        search(section, "ยางพารา").queryParam("sort", "newest").queryParam("cursor", cursor).get("/v1/search").then().statusCode(200)
                .body("data.article.id", contains(old));
        // A newest-first cursor is not a relevance cursor.
        search(section, "ยางพารา").queryParam("cursor", cursor).get("/v1/search").then().spec(problem(400));
    }

    @Test
    void ranksFresherArticlesHigherWhenTextMatchesEqually() {
        String section = freshSection();
        String old = article(section, "ข่าว " + unique(), "ทุเรียนส่งออก", "publishedAt", OffsetDateTime.now().minusDays(400).toString());
        String fresh = article(section, "ข่าว " + unique(), "ทุเรียนส่งออก", "publishedAt", OffsetDateTime.now().minusHours(1).toString());
        assertEquals(List.of(fresh, old), ids(section, "ทุเรียน"));
    }

    @Test
    void staysConsistentWithWritesImmediately() {
        String section = freshSection();
        String oldWord = "ลำไยอบแห้ง";
        String id = article(section, oldWord, "เนื้อหา");
        assertEquals(List.of(id), ids(section, oldWord));
        given().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("title", "มังคุดคัด"))
                .patch("/v1/articles/" + id).then().statusCode(200);
        assertEquals(List.of(id), ids(section, "มังคุด"));
        assertEquals(List.of(), ids(section, "ลำไย"));
        given().delete("/v1/articles/" + id).then().statusCode(204);
        assertEquals(List.of(), ids(section, "มังคุด"));
    }

    @Test
    void widensToOtherStatusesForEditors() {
        String section = freshSection();
        createArticle(Map.of("title", "ร่าง " + unique(), "bodyText", "กาแฟดอยช้าง", "sectionId", section));
        String future = createArticle(Map.of("title", "อนาคต " + unique(), "bodyText", "กาแฟดอยช้าง", "sectionId", section,
                "status", "scheduled", "publishedAt", OffsetDateTime.now().plusDays(3).toString()));
        assertEquals(List.of(), ids(section, "กาแฟ"));
        assertEquals(List.of(future), search(section, "กาแฟ").queryParam("status", "scheduled").get("/v1/search").then().extract().path("data.article.id"));
        search(section, "กาแฟ").queryParam("status", "any").get("/v1/search").then().statusCode(200).body("meta.total", equalTo(2));
    }

    @Test
    void answersBadInputWithProblems() {
        given().get("/v1/search").then().spec(problem(400)).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "   ").get("/v1/search").then().spec(problem(400)).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "ก".repeat(501)).get("/v1/search").then().spec(problem(400)).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "-ดิจิทัล").get("/v1/search").then().spec(problem(400)).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "\"…\" !!!").get("/v1/search").then().spec(problem(400));
        given().queryParam("q", "ข่าว").queryParam("limit", 0).get("/v1/search").then().spec(problem(400)).body("errors[0].field", equalTo("limit"));
        given().queryParam("q", "ข่าว").queryParam("limit", 101).get("/v1/search").then().spec(problem(400));
        given().queryParam("q", "ข่าว").queryParam("sort", "title").get("/v1/search").then().spec(problem(400)).body("errors[0].field", equalTo("sort"));
        given().queryParam("q", "ข่าว").queryParam("cursor", "not-a-cursor").get("/v1/search").then().spec(problem(400));
        // An edited relevance cursor whose score is no score at all
        for (String score : new String[] {"NaN", "Infinity", "1e999", "-1"}) {
            String edited = new dev.khao.common.paging.Cursor("relevance", score + "@2025-01-01T00:00:00Z", java.util.UUID.randomUUID()).encode();
            given().queryParam("q", "ข่าว").queryParam("cursor", edited).get("/v1/search").then().spec(problem(400))
                    .body("errors[0].field", equalTo("cursor"));
        }
        given().queryParam("q", "ข่าว").queryParam("language", "fr").get("/v1/search").then().spec(problem(400));
        given().queryParam("q", "ข่าว").queryParam("status", "live").get("/v1/search").then().spec(problem(400));
        given().queryParam("q", "ข่าว").queryParam("publishedFrom", "yesterday").get("/v1/search").then().spec(problem(400));
        given().queryParam("q", "ข่าว").queryParam("publishedTo", "+999999999-12-31T23:59:59Z").get("/v1/search").then().spec(problem(400))
                .body("errors[0].field", equalTo("publishedTo"));
        given().queryParam("q", "ข่าว").queryParam("tag", "ไม่มีแท็กนี้-" + unique()).get("/v1/search").then().spec(problem(400));
        // Query syntax is text, never SQL or tsquery syntax
        given().queryParam("q", "a' & !b | (c:* <-> ') -- ;\\").get("/v1/search").then().statusCode(200);
    }

    @Test
    void suggestsTheEntityNameWhenAMisspeltNameFindsNothing() {
        String u = TestData.thaiUnique();
        TestData.createEntity("organization", Map.of("th", u + "เอสแคป"), List.of());
        String section = freshSection();
        search(section, u + "เอสแคบ").get("/v1/search").then().statusCode(200)
                .body("meta.total", equalTo(0)).body("data", empty()).body("meta.nextCursor", nullValue())
                .body("meta.didYouMean", hasItem(u + "เอสแคป"));
    }

    @Test
    void reindexesArticlesWhenATagIsRenamedOrDeleted() {
        String u1 = unique();
        String u2 = unique();
        String section = freshSection();
        String tag = createTag("เก่า " + u1);
        String id = article(section, "ข่าว " + unique(), "เนื้อหา", "tagIds", List.of(tag));
        assertEquals(List.of(id), ids(section, u1));
        assertEquals(List.of(), ids(section, u2));
        given().contentType(ContentType.JSON).body(Map.of("name", "ใหม่ " + u2)).put("/v1/tags/" + tag).then().statusCode(200);
        assertEquals(List.of(id), ids(section, u2));
        assertEquals(List.of(), ids(section, u1));
        given().delete("/v1/tags/" + tag).then().spec(problem(409));
        assertEquals(List.of(id), ids(section, u2));
        given().queryParam("force", true).delete("/v1/tags/" + tag).then().statusCode(204);
        assertEquals(List.of(), ids(section, u2));
    }

    @Test
    void findsThaiGovernmentPressReleases() {
        String section = freshSection();
        JsonNode press = TestData.corpusArticle(0);
        String id = article(section, press.get("title").asText(), press.get("body").asText());
        assertEquals(List.of(id), ids(section, "เกษตร"));
        assertEquals(List.of(id), ids(section, "\"วันเกษตรแห่งชาติ\""));
        search(section, "เกษตร").get("/v1/search").then()
                .body("data[0].article.title", equalTo(press.get("title").asText()))
                .body("data[0].article.section.id", equalTo(section))
                .body("data[0].article.status", equalTo("published"))
                .body("data[0].article", not(org.hamcrest.Matchers.hasKey("bodyText")))
                .body("data[0].score", notNullValue());
    }

    @Test
    void indexesVeryLongBodies() {
        String section = freshSection();
        StringBuilder body = new StringBuilder();
        String press = TestData.corpusArticle(1).get("body").asText();
        while (body.length() < 250_000) {
            body.append(press).append("\n\n");
        }
        body.append("ปลายสุดท้ายมีคำว่าเชียงคาน");
        String id = article(section, "ยาว " + unique(), "ต้นเรื่องมีคำว่าภูกระดึง " + body);
        assertEquals(List.of(id), ids(section, "เชียงคาน"));
        // Highlights scan the first 20,000 characters: a word written there is marked, one written only at the end of
        // a quarter-million characters is found but has no snippet (its title does not have it either).
        search(section, "ภูกระดึง").get("/v1/search").then().statusCode(200)
                .body("data[0].highlights[0]", startsWith("ต้นเรื่องมีคำว่า<mark>ภูกระดึง</mark>"));
        search(section, "เชียงคาน").get("/v1/search").then().statusCode(200)
                .body("data[0].article.id", equalTo(id))
                .body("data[0].highlights", empty());
    }

    @Test
    void reindexesEverythingInTheBackgroundAndReportsProgress() throws InterruptedException {
        String section = freshSection();
        String id = article(section, "ข่าว " + unique(), "ข้าวหอมมะลิ");
        given().post("/v1/admin/search/reindex").then().statusCode(202).body("state", equalTo("running")).body("startedAt", notNullValue());
        String state = null;
        for (int i = 0; i < 300 && !"completed".equals(state); i++) {
            Thread.sleep(100);
            state = given().get("/v1/admin/search/reindex").then().statusCode(200).extract().path("state");
        }
        assertEquals("completed", state);
        ExtractableResponse<Response> progress = given().get("/v1/admin/search/reindex").then().extract();
        int total = progress.path("total");
        int done = progress.path("done");
        assertTrue(total >= 1 && done == total, "done " + done + " of " + total);
        assertNotNull(progress.path("finishedAt"));
        assertEquals(List.of(id), ids(section, "ข้าวหอมมะลิ"));
        assertFalse(ids(section, "มะลิ").isEmpty());
    }
}
