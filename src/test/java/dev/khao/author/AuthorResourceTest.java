package dev.khao.author;

import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.support.RecordedChanges;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.khao.support.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AuthorResourceTest {

    private static final String AUTHORS = "/v1/authors";
    // Without a charset, REST Assured would encode a merge patch as ISO-8859-1 and turn Thai into question marks.
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    RecordedChanges changes;

    @Test
    void createsAuthorWithGeneratedThaiSlugAndKeepsThaiTextByteExact() {
        String name = "สมชาย ใจดี";
        String bio = "ผู้สื่อข่าวสายเศรษฐกิจ ติดตาม “ตลาดทุน” มา ๑๕ ปี — อดีตบรรณาธิการ ฯลฯ";
        String avatar = "https://cdn.example.co.th/ภาพ/สมชาย.jpg";
        Response created = given().contentType("application/json; charset=UTF-8")
                .body(Map.of("name", name, "bio", bio, "email", "somchai@example.co.th", "avatarUrl", avatar))
                .when().post(AUTHORS);
        created.then().statusCode(201)
                .contentType("application/json")
                .header("Location", endsWith(AUTHORS + "/" + created.path("id")))
                .body("id", notNullValue())
                .body("slug", equalTo("สมชาย-ใจดี"))
                .body("name", equalTo(name))
                .body("bio", equalTo(bio))
                .body("email", equalTo("somchai@example.co.th"))
                .body("avatarUrl", equalTo(avatar))
                .body("articleCount", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
        // Thai goes out as UTF-8 text, not as \\u escapes or re-normalised.
        String raw = new String(created.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(raw.contains("\"name\":\"" + name + "\""), raw);
        assertTrue(raw.contains(bio), raw);
        assertTrue(raw.contains(avatar), raw);

        UUID id = UUID.fromString(created.path("id"));
        assertTrue(changes.all().contains(new ContentChanged(ContentType.AUTHOR, id, Change.CREATED)));
    }

    @Test
    void readsAuthorById() {
        String id = create(Map.of("name", "อ่าน ด้วยไอดี", "email", "an@example.com"));
        given().when().get(AUTHORS + "/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("slug", equalTo("อ่าน-ด้วยไอดี"))
                .body("name", equalTo("อ่าน ด้วยไอดี"))
                .body("email", equalTo("an@example.com"))
                .body("bio", nullValue())
                .body("avatarUrl", nullValue())
                .body("articleCount", equalTo(0));
    }

    @Test
    void readsAuthorByPercentEncodedThaiSlug() {
        String id = create(Map.of("name", "สมหญิง รักไทย"));
        String encoded = URLEncoder.encode("สมหญิง-รักไทย", StandardCharsets.UTF_8);
        assertTrue(encoded.startsWith("%E0%B8"), encoded);

        given().urlEncodingEnabled(false)
                .when().get(AUTHORS + "/slug/" + encoded)
                .then().statusCode(200).body("id", equalTo(id)).body("slug", equalTo("สมหญิง-รักไทย"));
    }

    @Test
    void returns404ForUnknownSlug() {
        given().urlEncodingEnabled(false)
                .when().get(AUTHORS + "/slug/" + URLEncoder.encode("ไม่มี-ผู้เขียน", StandardCharsets.UTF_8))
                .then().spec(problem(404));
    }

    @Test
    void listsInThaiDictionaryOrderAcrossKeysetPages() {
        // Created out of order; code-point order would put เกม and โค้ด last, dictionary order files them under ก and ค.
        Map<String, String> ids = new LinkedHashMap<>();
        for (String word : List.of("ง่าย", "โค้ด", "ขนม", "เกม", "กาแฟ")) {
            ids.put(word, create(Map.of("name", "ลำดับผู้เขียน " + word)));
        }

        List<String> seen = new ArrayList<>();
        Long total = null;
        String url = AUTHORS + "?limit=2";
        while (url != null) {
            Response page = given().urlEncodingEnabled(false).when().get(url);
            page.then().statusCode(200).body("meta.limit", equalTo(2));
            List<String> pageIds = page.path("data.id");
            assertTrue(pageIds.size() <= 2, "page larger than its limit");
            seen.addAll(pageIds);
            long pageTotal = ((Number) page.path("meta.total")).longValue();
            assertTrue(total == null || total == pageTotal, "total changed between pages");
            total = pageTotal;

            String next = page.path("meta.nextCursor");
            String link = page.header("Link");
            if (next == null) {
                assertNull(link, "last page must not link onwards");
                url = null;
            } else {
                assertEquals(2, pageIds.size(), "only the last page may be short");
                assertTrue(link.endsWith(">; rel=\"next\""), link);
                url = link.substring(1, link.indexOf('>'));
                assertTrue(url.contains("cursor=" + next), url);
                assertTrue(url.contains("limit=2"), url);
            }
        }

        assertEquals(total, seen.size(), "total counts every author once");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no author appears on two pages");
        List<String> ours = seen.stream().filter(ids::containsValue).toList();
        assertEquals(List.of(ids.get("กาแฟ"), ids.get("เกม"), ids.get("ขนม"), ids.get("โค้ด"), ids.get("ง่าย")), ours);
    }

    @Test
    void rejectsExplicitSlugAlreadyInUseWithConflict() {
        create(Map.of("name", "ผู้เขียนแรก", "slug", "ผู้เขียน-ซ้ำ"));
        given().contentType("application/json").body(Map.of("name", "ผู้เขียนที่สอง", "slug", "ผู้เขียน-ซ้ำ"))
                .when().post(AUTHORS)
                .then().spec(problem(409)).body("detail", containsString("ผู้เขียน-ซ้ำ"));
    }

    @Test
    void suffixesGeneratedSlugWhenNameRepeats() {
        String first = create(Map.of("name", "วิชัย ชื่อซ้ำ"));
        String second = create(Map.of("name", "วิชัย ชื่อซ้ำ"));
        given().get(AUTHORS + "/" + first).then().body("slug", equalTo("วิชัย-ชื่อซ้ำ"));
        given().get(AUTHORS + "/" + second).then().body("slug", equalTo("วิชัย-ชื่อซ้ำ-2"));
    }

    @Test
    void putReplacesEverythingButKeepsSlug() {
        String id = create(Map.of("name", "ก่อน แทนที่", "bio", "จะถูกล้าง", "email", "before@example.com",
                "avatarUrl", "https://cdn.example.co.th/before.jpg"));
        given().contentType("application/json").body(Map.of("name", "หลัง แทนที่"))
                .when().put(AUTHORS + "/" + id)
                .then().statusCode(200)
                .body("name", equalTo("หลัง แทนที่"))
                .body("bio", nullValue())
                .body("email", nullValue())
                .body("avatarUrl", nullValue())
                .body("slug", equalTo("ก่อน-แทนที่"));
        given().get(AUTHORS + "/" + id).then().body("name", equalTo("หลัง แทนที่")).body("bio", nullValue());
        assertTrue(changes.all().contains(new ContentChanged(ContentType.AUTHOR, UUID.fromString(id), Change.UPDATED)));
    }

    @Test
    void mergePatchRemovesNullFieldsAndKeepsTheRest() {
        String id = create(Map.of("name", "แพตช์ ผู้เขียน", "bio", "คงไว้", "email", "patch@example.com"));
        given().contentType(MERGE_PATCH).body("{\"email\": null, \"avatarUrl\": \"https://ข่าว.ไทย/ภาพ.png\"}")
                .when().patch(AUTHORS + "/" + id)
                .then().statusCode(200)
                .body("name", equalTo("แพตช์ ผู้เขียน"))
                .body("slug", equalTo("แพตช์-ผู้เขียน"))
                .body("bio", equalTo("คงไว้"))
                .body("email", nullValue())
                .body("avatarUrl", equalTo("https://ข่าว.ไทย/ภาพ.png"));
    }

    @Test
    void mergePatchWithWrongValueTypeIsFieldError() {
        String id = create(Map.of("name", "แพตช์ ผิดชนิด"));
        given().contentType(MERGE_PATCH).body("{\"bio\": {\"ย่อหน้า\": 1}}")
                .when().patch(AUTHORS + "/" + id)
                .then().spec(problem(400)).body("errors.field", hasItem("bio"));
        given().contentType(MERGE_PATCH).body("{\"avatarUrl\": \"ftp://example.com/a.jpg\"}")
                .when().patch(AUTHORS + "/" + id)
                .then().spec(problem(400)).body("errors.field", hasItem("avatarUrl"));
        given().get(AUTHORS + "/" + id).then().body("bio", nullValue()).body("avatarUrl", nullValue());
    }

    @Test
    void deletesThenReturns404() {
        String id = create(Map.of("name", "ลบ ผู้เขียน"));
        given().when().delete(AUTHORS + "/" + id).then().statusCode(204);
        given().when().get(AUTHORS + "/" + id).then().spec(problem(404));
        given().when().delete(AUTHORS + "/" + id).then().spec(problem(404));
        assertTrue(changes.all().contains(new ContentChanged(ContentType.AUTHOR, UUID.fromString(id), Change.DELETED)));
    }

    @Test
    void returns404ProblemForUnknownId() {
        given().when().get(AUTHORS + "/" + UUID.randomUUID()).then().spec(problem(404));
        given().contentType(MERGE_PATCH).body("{}")
                .when().patch(AUTHORS + "/" + UUID.randomUUID()).then().spec(problem(404));
    }

    @Test
    void returns400ProblemForMalformedUuid() {
        given().when().get(AUTHORS + "/12345")
                .then().spec(problem(400)).body("errors[0].field", equalTo("id"));
    }

    @Test
    void rejectsInvalidJsonWithProblem() {
        given().contentType("application/json").body("{\"name\": สมชาย}")
                .when().post(AUTHORS)
                .then().spec(problem(400));
    }

    @Test
    void rejectsUnknownFieldByName() {
        given().contentType("application/json").body(Map.of("name", "ฟิลด์ แปลก", "twitter", "@somchai"))
                .when().post(AUTHORS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("twitter"));
    }

    @Test
    void rejectsNameLongerThan200Characters() {
        given().contentType("application/json").body(Map.of("name", "ก".repeat(201)))
                .when().post(AUTHORS)
                .then().spec(problem(400)).body("errors.field", hasItem("name"));
    }

    @Test
    void rejectsBioLongerThan5000Characters() {
        given().contentType("application/json").body(Map.of("name", "ประวัติยาว", "bio", "ข".repeat(5001)))
                .when().post(AUTHORS)
                .then().spec(problem(400)).body("errors.field", hasItem("bio"));
    }

    @Test
    void rejectsInvalidEmail() {
        given().contentType("application/json").body(Map.of("name", "อีเมล เสีย", "email", "สมชาย at example"))
                .when().post(AUTHORS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("email"));
    }

    @Test
    void rejectsAvatarUrlThatIsNotAbsoluteHttp() {
        for (String url : List.of("ftp://example.com/a.jpg", "/avatars/a.jpg", "javascript:alert(1)", "https://" + "a".repeat(2000) + ".com")) {
            given().contentType("application/json").body(Map.of("name", "รูป เสีย", "avatarUrl", url))
                    .when().post(AUTHORS)
                    .then().spec(problem(400)).body("errors[0].field", equalTo("avatarUrl"));
        }
    }

    @Test
    void rejectsLimitOutsideOneToHundred() {
        given().queryParam("limit", 0).when().get(AUTHORS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 101).when().get(AUTHORS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void rejectsGarbageCursor() {
        given().queryParam("cursor", "!!ไม่ใช่!!").when().get(AUTHORS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("cursor"));
    }

    private static String create(Map<String, String> body) {
        return given().contentType("application/json").body(body)
                .when().post(AUTHORS)
                .then().statusCode(201).extract().path("id");
    }
}
