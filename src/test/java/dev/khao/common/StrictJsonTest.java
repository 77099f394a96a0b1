package dev.khao.common;

import dev.khao.support.ProblemSpec;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

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
}
