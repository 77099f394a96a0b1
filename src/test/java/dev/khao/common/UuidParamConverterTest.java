package dev.khao.common;

import dev.khao.support.ProblemSpec;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class UuidParamConverterTest {

    @Test
    void aMalformedUuidIsA400NamingTheParameterItWasGivenFor() {
        given().post("/v1/admin/webhooks/" + UUID.randomUUID() + "/deliveries/ส่งครั้งแรก/redeliver")
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("deliveryId"))
                .body("errors[0].message", equalTo("'ส่งครั้งแรก' is not a UUID"));
        given().post("/v1/admin/webhooks/ไม่ใช่รหัส/deliveries/" + UUID.randomUUID() + "/redeliver")
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("'ไม่ใช่รหัส' is not a UUID"));
    }

    @Test
    void aLongValueIsShownCutBetweenCharactersNeverInsideOne() {
        // The 60th UTF-16 unit is the first half of an emoji: cut there, the echo would be no valid JSON string at all.
        String value = "ก".repeat(59) + "😀" + "ข".repeat(10);
        given().get("/v1/articles/" + value)
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("'" + "ก".repeat(59) + "…' is not a UUID"));
        // Nor between a Thai consonant and its vowel mark: กี is one character on screen.
        given().get("/v1/articles/" + "ก".repeat(59) + "กี" + "ข".repeat(10))
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].message", equalTo("'" + "ก".repeat(59) + "…' is not a UUID"));
    }
}
