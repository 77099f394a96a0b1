package dev.khao.ratelimit;

import dev.khao.support.LockedDownProfile;
import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.khao.support.ProblemSpec.problem;
import static io.restassured.RestAssured.given;

/** Role and address budgets from configuration (khao.rate-limit.public=5, anonymous=3 in this profile). */
@QuarkusTest
@TestProfile(LockedDownProfile.class)
class RoleBudgetTest {

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

    @Test
    void aPublicKeyGetsItsRolesConfiguredBudget() {
        String secret = TestKeys.newKey("public");
        for (int i = 4; i >= 0; i--) {
            TestKeys.withKey(secret).get("/v1/articles").then().statusCode(200)
                    .header("RateLimit-Limit", "5").header("RateLimit-Remaining", String.valueOf(i));
        }
        TestKeys.withKey(secret).get("/v1/articles").then().spec(problem(429)).header("RateLimit-Reset", "60")
                .header("Retry-After", "12");
    }

    @Test
    void callsWithoutAKeyAreThrottledPerAddressEvenWhenRefused() {
        String address = "198.51.100." + (10 + (int) (Math.random() * 200));
        for (int i = 2; i >= 0; i--) {
            TestKeys.anonymous().header("X-Forwarded-For", address).get("/v1/articles").then().spec(problem(401))
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(i));
        }
        TestKeys.anonymous().header("X-Forwarded-For", address).get("/v1/articles").then().spec(problem(429))
                .header("RateLimit-Reset", "60").header("Retry-After", "20");
    }
}
