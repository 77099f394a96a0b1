package dev.khao.tag;

import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.support.RecordedChanges;
import dev.khao.support.TestData;
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
class TagResourceTest {

    private static final String TAGS = "/v1/tags";
    // Without a charset, REST Assured would encode a merge patch as ISO-8859-1 and turn Thai into question marks.
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    RecordedChanges changes;

    @Test
    void createsTagWithGeneratedThaiSlugAndKeepsThaiTextByteExact() {
        String name = "เศรษฐกิจดิจิทัล ๒๕๖๘";
        String description = "น้ำท่วม กรุงเทพฯ — ราคาทองคำ “พุ่ง” 5.5% ฯลฯ";
        Response created = given().contentType("application/json; charset=UTF-8")
                .body(Map.of("name", name, "description", description))
                .when().post(TAGS);
        created.then().statusCode(201)
                .contentType("application/json")
                .header("Location", endsWith(TAGS + "/" + created.path("id")))
                .body("id", notNullValue())
                .body("slug", equalTo("เศรษฐกิจดิจิทัล-๒๕๖๘"))
                .body("name", equalTo(name))
                .body("description", equalTo(description))
                .body("articleCount", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
        // Thai goes out as UTF-8 text, not as \\u escapes or re-normalised.
        String raw = new String(created.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(raw.contains("\"name\":\"" + name + "\""), raw);
        assertTrue(raw.contains(description), raw);

        UUID id = UUID.fromString(created.path("id"));
        assertTrue(changes.all().contains(new ContentChanged(ContentType.TAG, id, Change.CREATED)));
    }

    @Test
    void readsTagById() {
        String id = create(Map.of("name", "อ่านด้วยไอดี", "description", "คำอธิบาย"));
        given().when().get(TAGS + "/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("slug", equalTo("อ่านด้วยไอดี"))
                .body("name", equalTo("อ่านด้วยไอดี"))
                .body("description", equalTo("คำอธิบาย"))
                .body("articleCount", equalTo(0));
    }

    @Test
    void readsTagByPercentEncodedThaiSlug() {
        String id = create(Map.of("name", "ค้นด้วย สลัก"));
        String encoded = URLEncoder.encode("ค้นด้วย-สลัก", StandardCharsets.UTF_8);
        assertTrue(encoded.startsWith("%E0%B8"), encoded);

        given().urlEncodingEnabled(false)
                .when().get(TAGS + "/slug/" + encoded)
                .then().statusCode(200).body("id", equalTo(id)).body("slug", equalTo("ค้นด้วย-สลัก"));
    }

    @Test
    void returns404ForUnknownSlug() {
        given().urlEncodingEnabled(false)
                .when().get(TAGS + "/slug/" + URLEncoder.encode("ไม่มีแท็กนี้", StandardCharsets.UTF_8))
                .then().spec(problem(404));
    }

    @Test
    void listsInThaiDictionaryOrderAcrossKeysetPages() {
        // Created out of order; code-point order would put เกม and โค้ด last, dictionary order files them under ก and ค.
        Map<String, String> ids = new LinkedHashMap<>();
        for (String word : List.of("ง่าย", "โค้ด", "ขนม", "เกม", "กาแฟ")) {
            ids.put(word, create(Map.of("name", "ลำดับแท็ก " + word)));
        }

        List<String> seen = new ArrayList<>();
        Long total = null;
        String url = TAGS + "?limit=2";
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

        assertEquals(total, seen.size(), "total counts every tag once");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no tag appears on two pages");
        List<String> ours = seen.stream().filter(ids::containsValue).toList();
        assertEquals(List.of(ids.get("กาแฟ"), ids.get("เกม"), ids.get("ขนม"), ids.get("โค้ด"), ids.get("ง่าย")), ours);
    }

    @Test
    void rejectsExplicitSlugAlreadyInUseWithConflict() {
        create(Map.of("name", "สลักแรก", "slug", "สลัก-ซ้ำ"));
        given().contentType("application/json").body(Map.of("name", "สลักที่สอง", "slug", "สลัก-ซ้ำ"))
                .when().post(TAGS)
                .then().spec(problem(409)).body("detail", containsString("สลัก-ซ้ำ"));
    }

    @Test
    void rejectsAnExplicitSlugThatIsNotInNormalFormOrStartsWithAMark() {
        // กำ written with SARA AM (U+0E33) is already NFC; café with e and a combining acute is not, and would look
        // exactly like café written with é while being another slug.
        given().contentType("application/json").body(Map.of("name", "กาแฟ", "slug", "cafe\u0301"))
                .when().post(TAGS)
                .then().spec(problem(400))
                .body("errors[0].field", equalTo("slug"))
                .body("errors[0].message", equalTo("must be in Unicode normal form C; send 'caf\u00e9'"));
        given().contentType("application/json").body(Map.of("name", "สระ", "slug", "\u0e31\u0e49"))
                .when().post(TAGS)
                .then().spec(problem(400)).body("errors[0].message", equalTo("must not start with a combining mark"));
        given().contentType("application/json").body(Map.of("name", "กาแฟ", "slug", "caf\u00e9-" + TestData.unique()))
                .when().post(TAGS).then().statusCode(201);
    }

    @Test
    void everyWriteIsOneVersion() {
        String id = create(Map.of("name", "รุ่น " + TestData.unique()));
        given().contentType("application/merge-patch+json").body(Map.of("description", "หนึ่ง")).when().patch(TAGS + "/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        given().contentType("application/merge-patch+json").body(Map.of("name", "รุ่นใหม่ " + TestData.unique())).when().patch(TAGS + "/" + id)
                .then().statusCode(200).body("version", equalTo(2));
        given().contentType("application/json").body(Map.of("name", "รุ่นสาม " + TestData.unique())).when().put(TAGS + "/" + id)
                .then().statusCode(200).body("version", equalTo(3));
        given().when().get(TAGS + "/" + id).then().body("version", equalTo(3));
    }

    @Test
    void suffixesGeneratedSlugWhenNameRepeats() {
        String first = create(Map.of("name", "ชื่อซ้ำ แท็ก"));
        String second = create(Map.of("name", "ชื่อซ้ำ แท็ก"));
        given().get(TAGS + "/" + first).then().body("slug", equalTo("ชื่อซ้ำ-แท็ก"));
        given().get(TAGS + "/" + second).then().body("slug", equalTo("ชื่อซ้ำ-แท็ก-2"));
    }

    @Test
    void rejectsGeneratedSlugWhenNameHasNoLettersOrDigits() {
        given().contentType("application/json").body(Map.of("name", "!!! ???"))
                .when().post(TAGS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void putReplacesEverythingButKeepsSlug() {
        String id = create(Map.of("name", "ก่อนแทนที่", "description", "จะถูกล้าง"));
        given().contentType("application/json").body(Map.of("name", "หลังแทนที่"))
                .when().put(TAGS + "/" + id)
                .then().statusCode(200)
                .body("name", equalTo("หลังแทนที่"))
                .body("description", nullValue())
                .body("slug", equalTo("ก่อนแทนที่"));
        given().get(TAGS + "/" + id).then().body("name", equalTo("หลังแทนที่")).body("description", nullValue());
        assertTrue(changes.all().contains(new ContentChanged(ContentType.TAG, UUID.fromString(id), Change.UPDATED)));
    }

    @Test
    void putWithAnotherTagsSlugIsConflict() {
        create(Map.of("name", "เจ้าของสลัก", "slug", "สลัก-มีเจ้าของ"));
        String id = create(Map.of("name", "ผู้ขอสลัก"));
        given().contentType("application/json").body(Map.of("name", "ผู้ขอสลัก", "slug", "สลัก-มีเจ้าของ"))
                .when().put(TAGS + "/" + id)
                .then().spec(problem(409));
    }

    @Test
    void mergePatchRemovesNullFieldsAndKeepsTheRest() {
        String id = create(Map.of("name", "แพตช์แท็ก", "description", "ลบทิ้ง"));
        given().contentType(MERGE_PATCH).body("{\"description\": null}")
                .when().patch(TAGS + "/" + id)
                .then().statusCode(200)
                .body("name", equalTo("แพตช์แท็ก"))
                .body("slug", equalTo("แพตช์แท็ก"))
                .body("description", nullValue());
        given().contentType("application/json").body("{\"name\": \"แพตช์แท็ก ใหม่\"}")
                .when().patch(TAGS + "/" + id)
                .then().statusCode(200).body("name", equalTo("แพตช์แท็ก ใหม่")).body("slug", equalTo("แพตช์แท็ก"));
    }

    @Test
    void mergePatchWithWrongValueTypeIsFieldError() {
        String id = create(Map.of("name", "แพตช์ผิดชนิด"));
        given().contentType(MERGE_PATCH).body("{\"name\": [\"รายการ\"]}")
                .when().patch(TAGS + "/" + id)
                .then().spec(problem(400)).body("errors.field", hasItem("name"));
        given().contentType(MERGE_PATCH).body("{\"name\": null}")
                .when().patch(TAGS + "/" + id)
                .then().spec(problem(400)).body("errors.field", hasItem("name"));
        given().get(TAGS + "/" + id).then().body("name", equalTo("แพตช์ผิดชนิด"));
    }

    @Test
    void deletesThenReturns404() {
        String id = create(Map.of("name", "ลบแท็ก"));
        given().when().delete(TAGS + "/" + id).then().statusCode(204);
        given().when().get(TAGS + "/" + id).then().spec(problem(404));
        given().when().delete(TAGS + "/" + id).then().spec(problem(404));
        assertTrue(changes.all().contains(new ContentChanged(ContentType.TAG, UUID.fromString(id), Change.DELETED)));
    }

    @Test
    void returns404ProblemForUnknownId() {
        given().when().get(TAGS + "/" + UUID.randomUUID()).then().spec(problem(404));
        given().contentType("application/json").body(Map.of("name", "ไม่มี"))
                .when().put(TAGS + "/" + UUID.randomUUID()).then().spec(problem(404));
    }

    @Test
    void returns400ProblemForMalformedUuid() {
        given().when().get(TAGS + "/not-a-uuid")
                .then().spec(problem(400)).body("errors[0].field", equalTo("id"));
    }

    @Test
    void rejectsInvalidJsonWithProblem() {
        given().contentType("application/json").body("{\"name\": \"ครึ่ง")
                .when().post(TAGS)
                .then().spec(problem(400));
    }

    @Test
    void rejectsUnknownFieldByName() {
        given().contentType("application/json").body(Map.of("name", "ฟิลด์แปลก", "colour", "แดง"))
                .when().post(TAGS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void rejectsWrongValueTypeByField() {
        given().contentType("application/json").body("{\"name\": [\"ดิจิทัล\"]}")
                .when().post(TAGS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("name"));
    }

    @Test
    void rejectsNameLongerThan200Characters() {
        given().contentType("application/json").body(Map.of("name", "ก".repeat(201)))
                .when().post(TAGS)
                .then().spec(problem(400)).body("errors.field", hasItem("name"));
        given().contentType("application/json").body(Map.of("name", "ข".repeat(200)))
                .when().post(TAGS)
                .then().statusCode(201);
    }

    @Test
    void rejectsBlankName() {
        given().contentType("application/json").body(Map.of("name", "  "))
                .when().post(TAGS)
                .then().spec(problem(400)).body("errors.field", hasItem("name"));
    }

    @Test
    void rejectsSlugThatIsNotSlugShaped() {
        given().contentType("application/json").body(Map.of("name", "สลักเสีย", "slug", "มี ช่องว่าง"))
                .when().post(TAGS)
                .then().spec(problem(400)).body("errors.field", hasItem("slug"));
    }

    @Test
    void rejectsLimitOutsideOneToHundred() {
        given().queryParam("limit", 0).when().get(TAGS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 101).when().get(TAGS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void rejectsGarbageCursor() {
        given().queryParam("cursor", "ไม่ใช่เคอร์เซอร์!!").when().get(TAGS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("cursor"));
        given().queryParam("cursor", "Zm9v").when().get(TAGS)
                .then().spec(problem(400)).body("errors[0].field", equalTo("cursor"));
    }

    private static String create(Map<String, String> body) {
        return given().contentType("application/json").body(body)
                .when().post(TAGS)
                .then().statusCode(201).extract().path("id");
    }
}
