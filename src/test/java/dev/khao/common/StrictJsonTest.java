package dev.khao.common;

import dev.khao.support.ProblemSpec;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A body is read exactly as written: nothing after the document, no field twice, no number standing in for text. */
@QuarkusTest
class StrictJsonTest {

    @Test
    void contentAfterTheDocumentIsA400() {
        given().contentType(ContentType.JSON).body("{\"name\":\"การเมือง\"} {\"name\":\"กีฬา\"}").post("/v1/tags")
                .then().spec(ProblemSpec.problem(400)).body("type", containsString("malformed-request"));
        given().contentType(ContentType.JSON).body("{\"name\":\"การเมือง\"}garbage").post("/v1/sections")
                .then().spec(ProblemSpec.problem(400)).body("type", containsString("malformed-request"));
    }

    @Test
    void aFieldGivenTwiceIsA400() {
        given().contentType(ContentType.JSON).body("{\"name\":\"เศรษฐกิจ\",\"name\":\"การเงิน\"}").post("/v1/tags")
                .then().spec(ProblemSpec.problem(400)).body("detail", containsString("not valid JSON"));
    }

    @Test
    void aNumberOrBooleanWhereTextBelongsIsA400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":2565}").post("/v1/tags")
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must be a string"));
        given().contentType(ContentType.JSON).body("{\"title\":\"ข่าว\",\"summary\":true}").post("/v1/articles")
                .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("summary"));
    }

    @Test
    void aNumberWhereATimeBelongsIsA400NamingTheField() {
        // Jackson would read 1700000000 as seconds since 1970.
        given().contentType(ContentType.JSON).body("{\"title\":\"ข่าวเช้า\",\"status\":\"published\",\"publishedAt\":1700000000}")
                .post("/v1/articles")
                .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("publishedAt"));
    }

    @Test
    void bytesThatAreNotWellFormedUtf8AreA400EvenWhereJacksonWouldDecodeThem() {
        byte[][] malformed = {
                {'a', (byte) 0xC0, (byte) 0xAF, 'b'},                       // overlong '/', which Jackson read as '/'
                {'a', (byte) 0xE0, (byte) 0x80, (byte) 0xBC},               // overlong '<'
                {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80},               // a surrogate
                {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},  // past U+10FFFF
                {'a', (byte) 0xFF}};
        int[] firstBadByte = {10, 11, 11, 11, 10};
        for (int i = 0; i < malformed.length; i++) {
            byte[] text = malformed[i];
            byte[] body = new byte[text.length + 11];
            System.arraycopy("{\"name\":\"".getBytes(StandardCharsets.US_ASCII), 0, body, 0, 9);
            System.arraycopy(text, 0, body, 9, text.length);
            body[body.length - 2] = '"';
            body[body.length - 1] = '}';
            given().contentType(ContentType.JSON).body(body).post("/v1/tags")
                    .then().spec(ProblemSpec.problem(400))
                    .body("detail", equalTo("Request body is not valid UTF-8 at byte offset " + firstBadByte[i]));
        }
        given().contentType(ContentType.JSON).body(("{\"name\":\"ข่าว " + dev.khao.support.TestData.unique() + "\"}").getBytes(StandardCharsets.UTF_8))
                .post("/v1/tags").then().statusCode(201);
    }
}
