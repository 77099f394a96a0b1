package dev.khao.common.http;

import dev.khao.support.ProblemSpec;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 405 and an OPTIONS answer name exactly the methods of the path asked about (RFC 9110 §10.2.1, §15.5.6). */
@QuarkusTest
class AllowHeaderTest {

    private static final String ARTICLE = "/v1/articles/00000000-0000-0000-0000-000000000000";

    @Test
    void aMethodThePathDoesNotTakeIsA405NamingTheOnesItDoes() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            given().request(method, "/v1/articles").then().spec(ProblemSpec.problem(405)).header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        }
        // Whoever asks: the method is wrong for everyone, so the answer does not wait for a key.
        TestKeys.anonymous().put("/v1/articles").then().spec(ProblemSpec.problem(405)).header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        given().post("/v1/search").then().spec(ProblemSpec.problem(405)).header("Allow", equalTo("GET, HEAD, OPTIONS"));
        given().post(ARTICLE).then().spec(ProblemSpec.problem(405)).header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH, PUT"));
        given().put("/sitemaps/articles-2024-05.xml").then().spec(ProblemSpec.problem(405)).header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void optionsNamesTheMethodsOfThatPathOnly() {
        TestKeys.anonymous().options("/v1/articles").then().statusCode(200).header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        TestKeys.anonymous().options(ARTICLE).then().statusCode(200).header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH, PUT"));
        TestKeys.anonymous().options("/v1/search").then().statusCode(200).header("Allow", equalTo("GET, HEAD, OPTIONS"));
        // A literal segment wins over a parameter, as in JAX-RS's own matching.
        TestKeys.anonymous().options("/v1/articles/slug/ข่าว").then().statusCode(200).header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void templatesMatchOneSegmentOrTheirOwnPattern() {
        assertTrue(AllowedMethods.template("/v1/articles/{id}").matcher("/v1/articles/abc").matches());
        assertFalse(AllowedMethods.template("/v1/articles/{id}").matcher("/v1/articles/a/b").matches());
        assertTrue(AllowedMethods.template("sitemaps/articles-{year: [0-9]{4}}-{month: [0-9]{2}}.xml").matcher("/sitemaps/articles-2024-05.xml").matches());
        assertFalse(AllowedMethods.template("sitemaps/articles-{year: [0-9]{4}}-{month: [0-9]{2}}.xml").matcher("/sitemaps/articles-2024-5.xml").matches());
    }
}
