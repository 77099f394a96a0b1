package dev.khao.common;

import dev.khao.support.ProblemSpec;
import dev.khao.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ScalarParamConverterTest {

    @Test
    void aLimitThatIsNotANumberIsA400NamingItNotA404() {
        for (String list : new String[] {"/v1/articles", "/v1/search?q=ข่าว", "/v1/tags", "/v1/sections", "/v1/authors",
                "/v1/entities", "/v1/suggest?q=ข่าว", "/v1/trash", "/v1/admin/keys"}) {
            given().get(list + (list.contains("?") ? "&" : "?") + "limit=สิบ")
                    .then().spec(ProblemSpec.problem(400))
                    .body("errors[0].field", equalTo("limit"))
                    .body("errors[0].message", equalTo("'สิบ' is not a whole number"));
        }
    }

    @Test
    void aLimitBeyondAnIntegerIsOutOfRange() {
        given().get("/v1/articles?limit=99999999999999")
                .then().spec(ProblemSpec.problem(400))
                .body("detail", equalTo("limit: '99999999999999' is out of range"));
        given().get("/v1/articles?limit=1.5")
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].message", equalTo("'1.5' is not a whole number"));
        // Digits of other scripts (Thai ๕, Arabic-Indic, full-width) and a plus sign are not what the API documents
        for (String limit : new String[] {"๕", "٥", "５", "+5"}) {
            given().queryParam("limit", limit).get("/v1/articles")
                    .then().spec(ProblemSpec.problem(400))
                    .body("errors[0].message", equalTo("'" + limit + "' is not a whole number"));
        }
    }

    @Test
    void aPurgeFlagThatIsNeitherTrueNorFalseDeletesNothing() {
        String tag = TestData.createTag("แท็กธงลบ " + TestData.unique());
        given().delete("/v1/tags/" + tag + "?purge=yes")
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("purge"))
                .body("errors[0].message", equalTo("'yes' is neither true nor false"));
        given().delete("/v1/tags/" + tag + "?force=sure")
                .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("force"));
        given().get("/v1/tags/" + tag).then().statusCode(200);

        given().delete("/v1/tags/" + tag + "?purge=TRUE").then().statusCode(204);
        given().get("/v1/tags/" + tag).then().spec(ProblemSpec.problem(404));
    }

    @Test
    void aLongValueIsShownCutBetweenCharactersNeverInsideOne() {
        given().queryParam("limit", "๑".repeat(29) + "😀" + "๒".repeat(10)).get("/v1/articles")
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("'" + "๑".repeat(29) + "…' is not a whole number"));
    }
}
