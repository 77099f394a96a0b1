package dev.khao.concurrency;

import dev.khao.support.ProblemSpec;
import dev.khao.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(RequiredPreconditionTest.IfMatchRequired.class)
class RequiredPreconditionTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    /** The app with khao.concurrency.require-if-match on. */
    public static class IfMatchRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khao.concurrency.require-if-match", "true");
        }
    }

    @Test
    void writesWithoutIfMatchOrVersionAreRefusedWith428() {
        String id = TestData.createArticle(Map.of("title", "ต้องระบุรุ่น " + unique()));
        given().contentType(MERGE_PATCH).body(Map.of("summary", "ไม่มีเงื่อนไข")).when().patch("/v1/articles/" + id)
                .then().spec(ProblemSpec.problem(428));
        given().contentType(ContentType.JSON).body(Map.of("title", "ไม่มีเงื่อนไข")).when().put("/v1/articles/" + id)
                .then().spec(ProblemSpec.problem(428));
        given().when().delete("/v1/articles/" + id).then().spec(ProblemSpec.problem(428));
        String tag = TestData.createTag("ต้องระบุรุ่น " + unique());
        given().when().delete("/v1/tags/" + tag).then().spec(ProblemSpec.problem(428));
        given().when().get("/v1/articles/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void ifMatchOrABodyVersionSatisfiesTheRequirement() {
        String id = TestData.createArticle(Map.of("title", "มีเงื่อนไข " + unique()));
        String etag = given().get("/v1/articles/" + id).then().extract().header("ETag");
        given().contentType(MERGE_PATCH).header("If-Match", etag).body(Map.of("summary", "ตาม ETag")).when().patch("/v1/articles/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        given().contentType(MERGE_PATCH).body(Map.of("summary", "ตามรุ่น", "version", 1)).when().patch("/v1/articles/" + id)
                .then().statusCode(200).body("summary", equalTo("ตามรุ่น"));
        given().header("If-Match", "*").when().delete("/v1/articles/" + id).then().statusCode(204);
    }
}
