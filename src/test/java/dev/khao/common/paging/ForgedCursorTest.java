package dev.khao.common.paging;

import dev.khao.support.ProblemSpec;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Cursors are opaque but not secret: one a client edits is a 400 about the cursor, never a failed query. */
@QuarkusTest
class ForgedCursorTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000000");
    private static final String FAR_FUTURE = "+999999999-12-31T23:59:59Z";

    @Test
    void aTimeKeyThatIsNotATimeOrOutOfRangeIsA400() {
        Map<String, String> lists = Map.of(
                "/v1/articles", "-publishedAt",
                "/v1/search?q=ดิจิทัล&sort=newest", "newest",
                "/v1/trash", "deleted",
                "/v1/admin/keys", "created");
        lists.forEach((path, sort) -> {
            for (String key : new String[] {FAR_FUTURE, "-0001-01-01T00:00:00Z", "abc", ""}) {
                rejects(path, new Cursor(sort, key, ID).encode());
            }
        });
    }

    @Test
    void aRelevanceCursorWithAForgedScoreOrTimeIsA400() {
        for (String key : new String[] {"0.5@" + FAR_FUTURE, "abc@2026-11-28T11:02:24Z", "0.5", "0.5@"}) {
            rejects("/v1/search?q=ดิจิทัล", new Cursor("relevance", key, ID).encode());
        }
    }

    @Test
    void aDictionaryOrderKeyThatIsNotWholeLowerCaseHexIsA400() {
        Map<String, String> lists = Map.of(
                "/v1/articles?sort=title", "title",
                "/v1/articles?sort=-title", "-title",
                "/v1/tags", "name",
                "/v1/entities", "name");
        lists.forEach((path, sort) -> {
            for (String key : new String[] {"ชื่อ", "0E39", "0e3", "zz"}) {
                rejects(path, new Cursor(sort, key, ID).encode());
            }
        });
        // A well-formed key pages on, even from a place no name sorts to.
        given().queryParam("cursor", new Cursor("name", "ff", ID).encode()).get("/v1/tags").then().statusCode(200);
        given().queryParam("cursor", new Cursor("title", "", ID).encode()).queryParam("sort", "title").get("/v1/articles").then().statusCode(200);
    }

    @Test
    void aCursorCarryingANulOrUndecodableBytesIsA400() {
        rejects("/v1/sections", new Cursor("name", "0e39\u00000e02", ID).encode());
        byte[] undecodable = "name\u001f\u00ff\u001f00000000-0000-0000-0000-000000000000".getBytes(StandardCharsets.ISO_8859_1);
        rejects("/v1/tags", Base64.getUrlEncoder().withoutPadding().encodeToString(undecodable));
    }

    private static void rejects(String path, String cursor) {
        given().queryParam("cursor", cursor).get(path)
                .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("cursor"));
    }
}
