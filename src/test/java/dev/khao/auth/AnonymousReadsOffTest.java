package dev.khao.auth;

import dev.khao.support.LockedDownProfile;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static dev.khao.support.ProblemSpec.problem;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@TestProfile(LockedDownProfile.class)
class AnonymousReadsOffTest {

    @Test
    void anonymousReadsAnswer401WhenSwitchedOff() {
        TestKeys.anonymous().header("X-Forwarded-For", "198.51.100.1").get("/v1/articles")
                .then().spec(problem(401)).header("WWW-Authenticate", containsString("Bearer"));
        TestKeys.anonymous().header("X-Forwarded-For", "198.51.100.1").get("/v1/search?q=ข่าว").then().spec(problem(401));
    }

    @Test
    void keysStillRead() {
        TestKeys.withKey(TestKeys.ADMIN).get("/v1/articles").then().statusCode(200);
    }
}
