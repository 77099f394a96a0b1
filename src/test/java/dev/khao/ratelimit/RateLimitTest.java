package dev.khao.ratelimit;

import dev.khao.support.ConfigMappings;
import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.khao.support.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class RateLimitTest {

    @Inject
    MovableBucketClock clock;

    @BeforeEach
    void stopTime() {
        clock.freeze();
    }

    @AfterEach
    void restartTime() {
        clock.thaw();
    }

    private static ExtractableResponse<Response> createKey(Map<String, ?> body) {
        return TestKeys.create(body);
    }

    @Test
    void aKeyGetsExactlyItsBudgetThen429UntilTheBucketRefills() {
        String secret = createKey(Map.of("name", "งบสามครั้ง " + TestData.unique(), "role", "public", "rateLimitPerMinute", 3)).path("secret");

        for (int remaining = 2; remaining >= 0; remaining--) {
            TestKeys.withKey(secret).get("/v1/sections").then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining));
        }
        TestKeys.withKey(secret).get("/v1/sections").then().spec(problem(429))
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", "60")
                .header("Retry-After", "20");

        clock.advance(Duration.ofSeconds(20));
        TestKeys.withKey(secret).get("/v1/sections").then().statusCode(200).header("RateLimit-Remaining", "0");
        TestKeys.withKey(secret).get("/v1/sections").then().statusCode(429);

        clock.advance(Duration.ofMinutes(1));
        for (int remaining = 2; remaining >= 0; remaining--) {
            TestKeys.withKey(secret).get("/v1/sections").then().statusCode(200).header("RateLimit-Remaining", String.valueOf(remaining));
        }
        TestKeys.withKey(secret).get("/v1/sections").then().statusCode(429);
    }

    @Test
    void aNewRateLimitOnAKeyAppliesFromItsNextRequest() {
        ExtractableResponse<Response> created = createKey(Map.of("name", "เปลี่ยนงบ " + TestData.unique(), "role", "partner", "rateLimitPerMinute", 1));
        String secret = created.path("secret");
        TestKeys.withKey(secret).get("/v1/tags").then().statusCode(200).header("RateLimit-Limit", "1");
        TestKeys.withKey(secret).get("/v1/tags").then().statusCode(429);

        given().contentType("application/merge-patch+json").body(Map.of("rateLimitPerMinute", 100))
                .patch("/v1/admin/keys/" + created.path("id")).then().statusCode(200);

        TestKeys.withKey(secret).get("/v1/tags").then().statusCode(200).header("RateLimit-Limit", "100");
    }

    @Test
    void withoutItsOwnLimitAKeyHasItsRolesDefault() {
        String secret = createKey(Map.of("name", "งบตามบทบาท " + TestData.unique(), "role", "partner")).path("secret");
        TestKeys.withKey(secret).get("/v1/tags").then().statusCode(200)
                .header("RateLimit-Limit", "1200").header("RateLimit-Remaining", "1199");
    }

    @Test
    void adminKeysAreUnlimitedByDefault() {
        String limit = TestKeys.withKey(TestKeys.ADMIN).get("/v1/tags").then().statusCode(200).extract().header("RateLimit-Limit");
        assertNull(limit);
    }

    @Test
    void anonymousCallsAreCountedPerClientAddressAsForwardedByATrustedProxy() {
        String first = "203.0.113." + (1 + (int) (Math.random() * 250));
        String second = "2001:db8::" + Integer.toHexString(1 + (int) (Math.random() * 60000));
        TestKeys.anonymous().header("X-Forwarded-For", first).get("/v1/tags").then().statusCode(200)
                .header("RateLimit-Limit", "300").header("RateLimit-Remaining", "299");
        TestKeys.anonymous().header("X-Forwarded-For", first).get("/v1/tags").then().statusCode(200)
                .header("RateLimit-Remaining", "298");
        TestKeys.anonymous().header("X-Forwarded-For", second).get("/v1/tags").then().statusCode(200)
                .header("RateLimit-Remaining", "299");
    }

    @Test
    void wrongKeysAreCountedAgainstTheirAddress() {
        String address = "192.0.2." + (1 + (int) (Math.random() * 250));
        TestKeys.withKey("khao_wrong-" + TestData.unique()).header("X-Forwarded-For", address).get("/v1/tags")
                .then().spec(problem(401)).header("RateLimit-Remaining", "299");
        TestKeys.anonymous().header("X-Forwarded-For", address).get("/v1/tags").then().statusCode(200)
                .header("RateLimit-Remaining", "298");
    }

    @Test
    void idleBucketsAreDroppedBeyondTheConfiguredNumber() {
        TokenBuckets buckets = new TokenBuckets(clock, ConfigMappings.load(RateLimitConfig.class, Map.of("khao.rate-limit.max-buckets", "100")));
        for (int i = 0; i < 500; i++) {
            buckets.take("address:" + i, 60);
        }
        clock.advance(Duration.ofMinutes(1));
        buckets.take("address:busy", 60);
        assertEquals(1, buckets.size());
    }
}
