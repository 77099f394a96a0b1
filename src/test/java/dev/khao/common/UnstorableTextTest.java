package dev.khao.common;

import dev.khao.support.ProblemSpec;
import dev.khao.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Text PostgreSQL would refuse or silently change is a 400 naming the field, and what is stored stays as it was. */
@QuarkusTest
class UnstorableTextTest {

    @Test
    void aNulCharacterInABodyFieldIsA400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"ข่าว\\u0000การเมือง\"}").post("/v1/tags")
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("NUL"));
        given().contentType(ContentType.JSON)
                .body("{\"type\":\"organization\",\"name\":{\"th\":\"เอสแคป\"},\"aliases\":[\"ESCAP\",\"UN\\u0000ESCAP\"]}")
                .post("/v1/entities")
                .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("aliases[1]"));
        // A map key is text too: the language of a name.
        given().contentType(ContentType.JSON).body("{\"type\":\"organization\",\"name\":{\"t\\u0000h\":\"เอสแคป\"}}")
                .post("/v1/entities")
                .then().spec(ProblemSpec.problem(400)).body("errors[0].message", containsString("NUL"));
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanStoredAsAQuestionMark() {
        given().contentType(ContentType.JSON).body("{\"name\":\"เทคโนโลยี\\ud800\"}").post("/v1/sections")
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("surrogate"));
        given().contentType(ContentType.JSON).body("{\"name\":\"เทคโนโลยี\\udc00 ไอที\"}").post("/v1/sections")
                .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("name"));
    }

    @Test
    void emojiAndThaiCombiningMarksAreStoredAsSent() {
        String name = "ข่าวดี 🎉 " + TestData.unique();
        String id = TestData.createTag(name);
        given().get("/v1/tags/" + id).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void aRefusedPatchLeavesTheArticleAsItWas() {
        String title = "“ชัยวุฒิ” โชว์เน็ตประชารัฐ " + TestData.unique();
        String id = TestData.createArticle(Map.of("title", title, "bodyText", "ลดช่องว่างการเข้าถึงดิจิทัล", "tagIds", List.of()));
        given().contentType("application/merge-patch+json").body("{\"title\":\"แก้\\u0000ไข\"}").patch("/v1/articles/" + id)
                .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("title"));
        given().contentType("application/merge-patch+json").body("{\"bodyText\":\"ตัดคำ\\ud83d\"}").patch("/v1/articles/" + id)
                .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("bodyText"));
        given().get("/v1/articles/" + id).then().statusCode(200)
                .body("title", equalTo(title))
                .body("bodyText", equalTo("ลดช่องว่างการเข้าถึงดิจิทัล"));
    }
}
