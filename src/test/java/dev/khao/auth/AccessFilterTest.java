package dev.khao.auth;

import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AccessFilterTest {

    @Test
    void anonymousCallersReadPublishedContent() {
        TestKeys.anonymous().get("/v1/articles").then().statusCode(200);
    }

    @Test
    void anonymousWritesAnswer401WithAChallenge() {
        TestKeys.anonymous().contentType("application/json").body(Map.of("name", "ข่าว " + TestData.unique()))
                .post("/v1/sections")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer realm=\"khao\""))
                .body("status", equalTo(401));
    }

    @Test
    void anUnknownKeyAnswers401EvenForReads() {
        TestKeys.withKey("khao_not-a-real-key").get("/v1/articles")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("detail", containsString("not valid"));
    }

    @Test
    void aMalformedAuthorizationHeaderIsAWrongKey() {
        TestKeys.anonymous().header("Authorization", "Basic dXNlcjpwYXNz").get("/v1/articles").then().statusCode(401);
    }

    @Test
    void theAdminKeyWorksAsBearerAndAsXApiKey() {
        TestKeys.withKey(TestKeys.ADMIN).contentType("application/json").body(Map.of("name", "ข่าว " + TestData.unique()))
                .post("/v1/sections").then().statusCode(201);
        TestKeys.anonymous().header("X-Api-Key", TestKeys.ADMIN).contentType("application/json")
                .body(Map.of("name", "ข่าว " + TestData.unique())).post("/v1/sections").then().statusCode(201);
    }

    @Test
    void anonymousCallersMayAskWhatAResourceAllows() {
        TestKeys.anonymous().options("/v1/sections").then().statusCode(200).header("Allow", containsString("POST"));
    }

    @Test
    void adminEndpointsNeedAKey() {
        TestKeys.anonymous().get("/v1/admin/search/reindex").then().statusCode(401);
    }
}
