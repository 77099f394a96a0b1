package dev.khao.common.http;

import dev.khao.support.ProblemSpec;
import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class QueryParameterCheckTest {

    @Test
    void aMisspeltFilterIsA400ListingWhatTheEndpointTakes() {
        given().queryParam("publishedAfter", "2024-01-01").get("/v1/articles")
                .then().spec(ProblemSpec.problem(400))
                .body("detail", equalTo("Unknown query parameter 'publishedAfter'; this endpoint takes: author, cursor, entity,"
                        + " language, limit, publishedFrom, publishedTo, section, sort, status, tag"))
                .body("errors[0].field", equalTo("publishedAfter"))
                .body("errors[0].message", equalTo("is not a parameter of this endpoint"));
        given().queryParam("q", "ข่าว").queryParam("secton", "ข่าว").get("/v1/search")
                .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("secton"));
    }

    @Test
    void aLongUnknownNameIsShownCutBetweenCharactersNeverInsideOne() {
        given().queryParam("ก".repeat(59) + "😀" + "ข".repeat(10), "1").get("/v1/articles")
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("ก".repeat(59) + "…"));
    }

    @Test
    void anEndpointWithoutParametersSaysItTakesNone() {
        String tag = TestData.createTag("แท็กพารามิเตอร์ " + TestData.unique());
        given().queryParam("expand", "articles").get("/v1/tags/" + tag)
                .then().spec(ProblemSpec.problem(400))
                .body("detail", equalTo("Unknown query parameter 'expand'; this endpoint takes none"));
        given().get("/v1/tags/" + tag).then().statusCode(200);
    }

    @Test
    void aFlagWithoutAValueIsRefusedRatherThanReadAsFalse() {
        String tag = TestData.createTag("แท็กธงว่าง " + TestData.unique());
        for (String flag : new String[] {"?purge", "?purge=", "?force=", "?Purge"}) {
            given().delete("/v1/tags/" + tag + flag)
                    .then().spec(ProblemSpec.problem(400))
                    .body("errors[0].field", equalTo(flag.substring(1).replaceAll("=.*", "")))
                    .body("errors[0].message", equalTo("has no value; send true or false"));
        }
        // Nothing was trashed by the refused requests
        given().get("/v1/tags/" + tag).then().statusCode(200);
        given().delete("/v1/tags/" + tag + "?purge=true").then().statusCode(204);
        given().get("/v1/trash").then().statusCode(200).body("data.find { it.id == '" + tag + "' }", equalTo(null));
    }

    @Test
    void aFlagOfOneOrZeroIsRefusedRatherThanGuessed() {
        String tag = TestData.createTag("แท็กธงเลข " + TestData.unique());
        Map<String, String> refused = Map.of("?purge=1", "'1'", "?purge=0", "'0'", "?force=1&purge=false", "'1'");
        refused.forEach((flag, shown) -> given().delete("/v1/tags/" + tag + flag)
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].message", equalTo(shown + " is neither true nor false")));
        // Nothing was purged or trashed by the refused requests
        given().get("/v1/tags/" + tag).then().statusCode(200);
    }

    @Test
    void cacheBustersFeedTrackingAndDeclaredParametersPass() {
        given().queryParam("_", "1732850000").queryParam("limit", 1).get("/v1/articles").then().statusCode(200);
        given().queryParam("utm_source", "partner").get("/feeds/rss.xml").then().statusCode(200);
    }

    @Test
    void aCallerWithoutAccessIsRefusedForThatFirst() {
        TestKeys.anonymous().queryParam("nonsense", "1").get("/v1/admin/keys")
                .then().spec(ProblemSpec.problem(401));
    }
}
