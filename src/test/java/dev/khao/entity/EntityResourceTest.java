package dev.khao.entity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EntityResourceTest {

    private static final String PROBLEM = "application/problem+json";
    // With the charset spelled out: REST Assured encodes string bodies of media types it does not know as ISO-8859-1.
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final String ARMIDA_TH = "อาร์มิดา ซัลเซียะฮ์ อาลิสจะฮ์บานา";
    private static final String ARMIDA_EN = "Armida Salsiah Alisjahbana";
    private static final java.util.regex.Pattern NEXT_LINK = java.util.regex.Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Inject
    EntityRepository repository;

    @Test
    void createsEntityWithThaiAndEnglishNamesAndAliasesInBothScripts() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "person");
        body.put("name", Map.of("th", ARMIDA_TH, "en", ARMIDA_EN));
        body.put("aliases", List.of("ดร.อาร์มิดา", "Armida Alisjahbana", "ดร.อาร์มิดา", "อาร์มิดา"));
        body.put("description", "เลขาธิการบริหารเอสแคป");
        body.put("externalIds", Map.of("khao-legacy", "p-1024"));

        String id = given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/entities")
                .then().statusCode(201)
                .header("Location", containsString("/v1/entities/"))
                // The demo content may already hold Armida, in which case this one is suffixed.
                .body("slug", startsWith("armida-salsiah-alisjahbana"))
                .body("type", equalTo("person"))
                .body("name.th", equalTo(ARMIDA_TH))
                .body("name.en", equalTo(ARMIDA_EN))
                // The repeated alias is dropped; the first occurrence keeps its place.
                .body("aliases", contains("ดร.อาร์มิดา", "Armida Alisjahbana", "อาร์มิดา"))
                .body("externalIds.khao-legacy", equalTo("p-1024"))
                .body("articleCount", equalTo(0))
                .extract().path("id");

        Response read = given().when().get("/v1/entities/" + id);
        read.then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo(id))
                .body("description", equalTo("เลขาธิการบริหารเอสแคป"));
        // Byte for byte: no normalisation, escaping or re-encoding of Thai anywhere between request and storage.
        assertEquals(ARMIDA_TH, read.path("name.th"));
        String raw = new String(read.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(raw.contains("\"th\":\"" + ARMIDA_TH + "\""), raw);
        assertTrue(raw.contains("\"ดร.อาร์มิดา\""), raw);
    }

    @Test
    void storesNamesAsJsonbObjectsAndAliasesAsTextArray() {
        String id = create(Map.of("type", "organization",
                "name", Map.of("th", "กองทุนการเงินระหว่างประเทศ", "en", "International Monetary Fund"),
                "aliases", List.of("ไอเอ็มเอฟ", "IMF"),
                "externalIds", Map.of("wikidata", "Q7804")));
        UUID uuid = UUID.fromString(id);

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) repository.getEntityManager().createNativeQuery("""
                SELECT jsonb_typeof(name), name->>'th', aliases[1], aliases[2], array_length(aliases, 1),
                       jsonb_typeof(external_ids), external_ids->>'wikidata', type
                FROM entities WHERE id = ?1""").setParameter(1, uuid).getSingleResult());
        assertEquals("object", row[0]);
        assertEquals("กองทุนการเงินระหว่างประเทศ", row[1]);
        assertEquals("ไอเอ็มเอฟ", row[2]);
        assertEquals("IMF", row[3]);
        assertEquals(2, ((Number) row[4]).intValue());
        assertEquals("object", row[5]);
        assertEquals("Q7804", row[6]);
        assertEquals("organization", row[7]);

        Map<UUID, NamedEntity> found = QuarkusTransaction.requiringNew().call(
                () -> repository.findAllByIds(List.of(uuid, UUID.randomUUID())));
        assertEquals(1, found.size());
        NamedEntity entity = found.get(uuid);
        assertEquals(EntityType.ORGANIZATION, entity.type);
        assertEquals(Map.of("th", "กองทุนการเงินระหว่างประเทศ", "en", "International Monetary Fund"), entity.name);
        assertEquals(List.of("ไอเอ็มเอฟ", "IMF"), entity.aliases);
        assertEquals(Map.of("wikidata", "Q7804"), entity.externalIds);
        assertEquals("กองทุนการเงินระหว่างประเทศ", entity.displayName());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> repository.findAllByIds(List.of())).isEmpty());

        // Reading must not look like a change: a JSON or array column compared by identity would rewrite the row on every load.
        given().when().get("/v1/entities/" + id).then().statusCode(200);
        Object version = QuarkusTransaction.requiringNew().call(() -> repository.getEntityManager()
                .createNativeQuery("SELECT version FROM entities WHERE id = ?1").setParameter(1, uuid).getSingleResult());
        assertEquals(0, ((Number) version).intValue());
    }

    @Test
    void generatesSlugFromEnglishNameAndSuffixesItWhenTaken() {
        String u = Long.toString(System.nanoTime(), 36);
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "organization",
                        "name", Map.of("th", "เอสแคป", "en", "ESCAP " + u),
                        "aliases", List.of("คณะกรรมาธิการเศรษฐกิจและสังคมสำหรับเอเชียและแปซิฟิก", "UNESCAP"),
                        "externalIds", Map.of("wikidata", "Q1065")))
                .when().post("/v1/entities")
                .then().statusCode(201).body("slug", equalTo("escap-" + u)).body("name.th", equalTo("เอสแคป"));

        given().contentType(ContentType.JSON)
                .body(Map.of("type", "event", "name", Map.of("th", "การประชุมเอสแคป", "en", "ESCAP " + u)))
                .when().post("/v1/entities")
                .then().statusCode(201).body("slug", equalTo("escap-" + u + "-2"));

        given().when().get("/v1/entities/slug/escap-" + u)
                .then().statusCode(200).body("externalIds.wikidata", equalTo("Q1065"));
    }

    @Test
    void thaiOnlyEntityGetsThaiSlugResolvableByPercentEncodedPath() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("type", "organization", "name", Map.of("th", "สำนักงานสถิติแห่งชาติ")))
                .when().post("/v1/entities")
                .then().statusCode(201).body("slug", equalTo("สำนักงานสถิติแห่งชาติ"))
                .extract().path("id");

        given().urlEncodingEnabled(false)
                .when().get("/v1/entities/slug/" + URLEncoder.encode("สำนักงานสถิติแห่งชาติ", StandardCharsets.UTF_8))
                .then().statusCode(200).body("id", equalTo(id)).body("name.th", equalTo("สำนักงานสถิติแห่งชาติ"));
    }

    @Test
    void getsEntityById() {
        String id = create(Map.of("type", "place", "name", Map.of("th", "ศูนย์การประชุมสหประชาชาติ", "en", "UN Conference Centre")));
        given().when().get("/v1/entities/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("type", equalTo("place"))
                .body("name.en", equalTo("UN Conference Centre"))
                .body("aliases", empty()).body("externalIds.size()", equalTo(0))
                .body("createdAt", notNullValue()).body("updatedAt", notNullValue());
    }

    @Test
    void returns404ForUnknownSlug() {
        given().when().get("/v1/entities/slug/no-such-entity")
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void returns404ForUnknownId() {
        given().when().get("/v1/entities/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void listsOneTypeInThaiDictionaryOrderWithKeysetPaging() {
        long before = ((Number) given().queryParam("type", "event").queryParam("limit", 1)
                .when().get("/v1/entities").then().statusCode(200).extract().path("meta.total")).longValue();

        // In code-point order these would be กา, ขาม, เขียว, ไก่: Thai order ignores the leading vowel.
        String kheiyw = create(Map.of("type", "event", "name", Map.of("th", "เขียวเทศกาล")));
        String kai = create(Map.of("type", "event", "name", Map.of("th", "ไก่ชนเทศกาล", "en", "Aardvark Fair")));
        String kha = create(Map.of("type", "event", "name", Map.of("th", "ขามเทศกาล")));
        String ka = create(Map.of("type", "event", "name", Map.of("th", "กาเทศกาล")));
        String otherType = create(Map.of("type", "product", "name", Map.of("th", "กาแฟเทศกาล")));

        List<String> seen = new ArrayList<>();
        String url = "/v1/entities?type=event&limit=2";
        while (url != null) {
            Response page = given().urlEncodingEnabled(false).when().get(url);
            page.then().statusCode(200)
                    .body("meta.total", equalTo((int) before + 4))
                    .body("meta.limit", equalTo(2))
                    .body("data.size()", lessThanOrEqualTo(2))
                    .body("data.type", everyItem(equalTo("event")));
            seen.addAll(page.path("data.id"));
            String nextCursor = page.path("meta.nextCursor");
            String link = page.header("Link");
            if (nextCursor == null) {
                assertNull(link);
                url = null;
            } else {
                assertNotNull(link);
                Matcher next = NEXT_LINK.matcher(link);
                assertTrue(next.matches(), link);
                url = next.group(1);
                assertTrue(url.contains("cursor=" + nextCursor) && url.contains("type=event") && url.contains("limit=2"), url);
            }
        }

        assertEquals(before + 4, seen.size());
        assertEquals(List.of(ka, kai, kha, kheiyw), seen.stream().filter(List.of(ka, kai, kha, kheiyw)::contains).toList());
        assertTrue(!seen.contains(otherType));
    }

    @Test
    void rejectsUnknownTypeFilterListingAllowedValues() {
        given().queryParam("type", "celebrity").when().get("/v1/entities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", equalTo("must be one of: person, organization, place, event, program, product, other"));
    }

    @Test
    void rejectsUnknownTypeInBodyListingAllowedValues() {
        given().contentType(ContentType.JSON).body(Map.of("type", "Person", "name", Map.of("th", "ใครสักคน")))
                .when().post("/v1/entities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("person, organization, place, event, program, product, other"));
    }

    @Test
    void rejectsEmptyNameMap() {
        given().contentType(ContentType.JSON).body(Map.of("type", "person", "name", Map.of()))
                .when().post("/v1/entities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void rejectsMissingType() {
        given().contentType(ContentType.JSON).body(Map.of("name", Map.of("th", "ไม่มีประเภท")))
                .when().post("/v1/entities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("type"));
    }

    @Test
    void namesInvalidMapEntriesAndAliasesByPath() {
        Map<String, Object> body = Map.of("type", "person",
                "name", Map.of("th", "สมชาย", "Thai", "สมชาย", "en", " "),
                "aliases", List.of("สมชาย ใจดี", "Somchai", " "),
                "externalIds", Map.of("WikiData", "Q1", "isni", ""));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/entities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("name[Thai]", "name[en]", "aliases[2]", "externalIds[WikiData]", "externalIds[isni]"))
                .body("errors.find { it.field == 'name[Thai]' }.message", containsString("language code"))
                .body("detail", containsString("name[Thai]: must be a language code"));
    }

    @Test
    void rejectsWrongJsonTypeInsideNameMapWithFieldPath() {
        given().contentType(ContentType.JSON).body("{\"type\": \"person\", \"name\": {\"th\": [\"สมชาย\"]}}")
                .when().post("/v1/entities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("name[th]"));
    }

    @Test
    void rejectsDuplicateExplicitSlugWith409() {
        create(Map.of("slug", "ธนาคารแห่งประเทศไทย", "type", "organization", "name", Map.of("th", "ธนาคารแห่งประเทศไทย")));
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", "ธนาคารแห่งประเทศไทย", "type", "organization", "name", Map.of("th", "แบงก์ชาติ")))
                .when().post("/v1/entities")
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void replacesEntityWithPutKeepingSlugAndClearingOmittedFields() {
        String id = create(Map.of("type", "program", "name", Map.of("th", "โครงการคนละครึ่ง", "en", "Half-Half Scheme"),
                "aliases", List.of("คนละครึ่ง"), "description", "มาตรการกระตุ้นเศรษฐกิจ"));

        given().contentType(ContentType.JSON)
                .body(Map.of("type", "program", "name", Map.of("th", "คนละครึ่งเฟส 2", "en", "Half-Half Co-payment Phase 2")))
                .when().put("/v1/entities/" + id)
                .then().statusCode(200)
                .body("slug", equalTo("half-half-scheme"))
                .body("name.th", equalTo("คนละครึ่งเฟส 2"))
                .body("aliases", empty())
                .body("description", nullValue());
    }

    @Test
    void mergePatchRemovesEnglishNameAndReplacesAliases() {
        String id = create(Map.of("type", "person",
                "name", Map.of("th", "ชัชชาติ สิทธิพันธุ์", "en", "Chadchart Sittipunt"),
                "aliases", List.of("ชัชชาติ", "Chadchart"),
                "description", "ผู้ว่าราชการกรุงเทพมหานคร",
                "externalIds", Map.of("wikidata", "Q5066485")));

        given().contentType(MERGE_PATCH)
                .body("{\"name\": {\"en\": null}, \"aliases\": [\"อัศวินขี่ม้าขาว\", \"ชัชชาติ\", \"อัศวินขี่ม้าขาว\"]}")
                .when().patch("/v1/entities/" + id)
                .then().statusCode(200)
                .body("name", equalTo(Map.of("th", "ชัชชาติ สิทธิพันธุ์")))
                .body("aliases", contains("อัศวินขี่ม้าขาว", "ชัชชาติ"))
                .body("slug", equalTo("chadchart-sittipunt"))
                .body("description", equalTo("ผู้ว่าราชการกรุงเทพมหานคร"))
                .body("externalIds.wikidata", equalTo("Q5066485"));

        given().when().get("/v1/entities/" + id)
                .then().statusCode(200).body("name.en", nullValue()).body("aliases", contains("อัศวินขี่ม้าขาว", "ชัชชาติ"));
    }

    @Test
    void mergePatchThatEmptiesNameIsRejected() {
        String id = create(Map.of("type", "place", "name", Map.of("th", "เชียงใหม่")));
        given().contentType(MERGE_PATCH).body("{\"name\": {\"th\": null}}")
                .when().patch("/v1/entities/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("name"));
    }

    @Test
    void deletesEntityThenReturns404() {
        String id = create(Map.of("type", "product", "name", Map.of("th", "ทุเรียนหมอนทอง", "en", "Monthong Durian")));
        given().when().delete("/v1/entities/" + id).then().statusCode(204);
        given().when().get("/v1/entities/" + id).then().statusCode(404).contentType(PROBLEM);
        given().when().delete("/v1/entities/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void rejectsMalformedUuidWithProblem() {
        given().when().get("/v1/entities/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("id"));
    }

    @Test
    void rejectsUnknownField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "person", "name", Map.of("th", "สมหญิง"), "nickname", "หญิง"))
                .when().post("/v1/entities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("nickname"));
    }

    @Test
    void rejectsMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"type\": \"person\", \"name\": {\"th\": \"สมศรี\"")
                .when().post("/v1/entities")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    void documentsEntityTypesAsClientsSendThem() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.EntityType.enum",
                        contains("person", "organization", "place", "event", "program", "product", "other"));
    }

    private static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/entities")
                .then().statusCode(201).extract().path("id");
    }
}
