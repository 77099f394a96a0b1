package dev.khao.auth;

import dev.khao.support.LockedDownProfile;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static dev.khao.support.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs on the profile's fresh database, where the bootstrap key is the only admin key until this test adds one. */
@QuarkusTest
@TestProfile(LockedDownProfile.class)
class LastAdminKeyTest {

    @Test
    void theLastUsableAdminKeyCannotBeRevokedOrExpired() {
        List<String> admins = given().queryParam("limit", 100).get("/v1/admin/keys").then().statusCode(200)
                .extract().path("data.findAll { it.role == 'admin' && it.active }.id");
        assertEquals(1, admins.size(), "only the bootstrap admin key on this profile's database: " + admins);
        String bootstrap = admins.get(0);

        given().delete("/v1/admin/keys/" + bootstrap).then().spec(problem(409));
        given().contentType("application/merge-patch+json").body(Map.of("expiresAt", OffsetDateTime.now().minusMinutes(1).toString()))
                .patch("/v1/admin/keys/" + bootstrap).then().spec(problem(409));
        given().get("/v1/admin/keys").then().statusCode(200);

        String second = TestKeys.create(Map.of("name", "ผู้ดูแลสำรอง", "role", "admin")).path("id");
        given().delete("/v1/admin/keys/" + second).then().statusCode(204);
    }
}
