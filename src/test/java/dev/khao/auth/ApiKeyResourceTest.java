package dev.khao.auth;

import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ApiKeyResourceTest {

    @Inject
    AgroalDataSource database;

    private static ExtractableResponse<Response> createKey(Map<String, ?> body) {
        return TestKeys.create(body);
    }

    @Test
    void creatingAKeyShowsItsSecretOnceAndNeverAgain() {
        String name = "แอปข่าวมือถือ " + TestData.unique();
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "role", "partner", "rateLimitPerMinute", 300))
                .post("/v1/admin/keys")
                .then().statusCode(201)
                .header("Location", containsString("/v1/admin/keys/"))
                .header("Cache-Control", "no-store")
                .body("secret", startsWith("khao_"))
                .body("role", equalTo("partner"))
                .body("createdBy", equalTo("admin (KHAO_ADMIN_KEY)"))
                .body("rateLimitPerMinute", equalTo(300))
                .extract();
        String id = created.path("id");
        String secret = created.path("secret");

        given().get("/v1/admin/keys/" + id).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("name", equalTo(name))
                .body("keyPrefix", equalTo(secret.substring(0, 11)))
                .body("active", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("secret")))
                .body(not(containsString(secret.substring(11))));
        String everything = given().queryParam("limit", 100).get("/v1/admin/keys").then().statusCode(200)
                .body("data.id", hasItem(id)).extract().asString();
        assertFalse(everything.contains(secret.substring(11)), "a listed key must not show its secret");
    }

    @Test
    void keysAreStoredOnlyAsTheirHash() throws Exception {
        ExtractableResponse<Response> created = createKey(Map.of("name", "เก็บแบบแฮช " + TestData.unique(), "role", "public"));
        String secret = created.path("secret");
        try (Connection connection = database.getConnection();
             PreparedStatement row = connection.prepareStatement("SELECT row_to_json(k)::text, key_hash FROM api_keys k WHERE id = ?")) {
            row.setObject(1, UUID.fromString(created.path("id")));
            try (ResultSet result = row.executeQuery()) {
                assertTrue(result.next());
                String stored = result.getString(1);
                String random = secret.substring(ApiKeySecrets.PREFIX.length() + 6);
                assertFalse(stored.contains(random), "the row holds part of the secret beyond its display prefix: " + stored);
                assertFalse(stored.contains(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8))));
                assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)), result.getBytes(2));
            }
        }
    }

    @Test
    void aRevokedKeyIsRefusedFromTheNextRequestOn() {
        ExtractableResponse<Response> created = createKey(Map.of("name", "เพิกถอน " + TestData.unique(), "role", "editor"));
        String secret = created.path("secret");
        TestKeys.withKey(secret).get("/v1/articles").then().statusCode(200);

        given().delete("/v1/admin/keys/" + created.path("id")).then().statusCode(204);

        TestKeys.withKey(secret).get("/v1/articles").then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
        given().get("/v1/admin/keys/" + created.path("id")).then().statusCode(200)
                .body("revokedAt", notNullValue()).body("active", equalTo(false));
    }

    @Test
    void revokingByPostAnswersWithTheRevokedKeyAndKeepsTheFirstRevocationTime() {
        ExtractableResponse<Response> created = createKey(Map.of("name", "เพิกถอนสองครั้ง " + TestData.unique(), "role", "public"));
        String first = given().post("/v1/admin/keys/" + created.path("id") + "/revoke").then().statusCode(200)
                .body("revokedAt", notNullValue()).body("active", equalTo(false)).extract().path("revokedAt");
        given().post("/v1/admin/keys/" + created.path("id") + "/revoke").then().statusCode(200).body("revokedAt", equalTo(first));
        TestKeys.withKey(created.path("secret")).get("/v1/articles").then().statusCode(401);
    }

    @Test
    void rejectsAnExpiryWhoseYearIsNotFourDigits() {
        given().contentType(ContentType.JSON).body(Map.of("name", "ไกลเกิน " + TestData.unique(), "role", "partner",
                "expiresAt", "+10000-01-01T00:00:00Z")).post("/v1/admin/keys")
                .then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        String id = createKey(Map.of("name", "แก้วันหมดอายุ " + TestData.unique(), "role", "partner")).path("id");
        given().contentType("application/merge-patch+json").body(Map.of("expiresAt", "+10000-01-01T00:00:00Z"))
                .patch("/v1/admin/keys/" + id).then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
    }

    @Test
    void anExpiredKeyIsRefusedFromTheNextRequestOn() {
        ExtractableResponse<Response> created = createKey(Map.of("name", "หมดอายุ " + TestData.unique(), "role", "partner",
                "expiresAt", OffsetDateTime.now().plusDays(30).toString()));
        String secret = created.path("secret");
        TestKeys.withKey(secret).get("/v1/tags").then().statusCode(200);

        given().contentType("application/merge-patch+json").body(Map.of("expiresAt", OffsetDateTime.now().minusSeconds(1).toString()))
                .patch("/v1/admin/keys/" + created.path("id"))
                .then().statusCode(200).body("active", equalTo(false));

        TestKeys.withKey(secret).get("/v1/tags").then().statusCode(401);
    }

    @Test
    void aKeyCreatedAlreadyExpiredNeverWorks() {
        String secret = createKey(Map.of("name", "หมดอายุแล้ว " + TestData.unique(), "role", "public",
                "expiresAt", OffsetDateTime.now().minusMinutes(1).toString())).path("secret");
        TestKeys.withKey(secret).get("/v1/tags").then().statusCode(401);
    }

    @Test
    void patchChangesNameAndRateLimitAndNullRemovesThem() {
        String id = createKey(Map.of("name", "เดิม " + TestData.unique(), "role", "partner", "rateLimitPerMinute", 50,
                "expiresAt", OffsetDateTime.now().plusDays(1).toString())).path("id");
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"name\": \"ใหม่\", \"rateLimitPerMinute\": 90}")
                .patch("/v1/admin/keys/" + id)
                .then().statusCode(200).body("name", equalTo("ใหม่")).body("rateLimitPerMinute", equalTo(90)).body("role", equalTo("partner"));
        given().contentType("application/merge-patch+json").body("{\"rateLimitPerMinute\": null, \"expiresAt\": null}")
                .patch("/v1/admin/keys/" + id)
                .then().statusCode(200).body("rateLimitPerMinute", nullValue()).body("expiresAt", nullValue()).body("name", equalTo("ใหม่"));
    }

    @Test
    void theRoleOfAKeyCannotBeChanged() {
        String id = createKey(Map.of("name", "บทบาท " + TestData.unique(), "role", "public")).path("id");
        given().contentType("application/merge-patch+json").body("{\"role\": \"admin\"}").patch("/v1/admin/keys/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("role"));
    }

    @Test
    void invalidKeyRequestsAreProblems() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "role", "owner")).post("/v1/admin/keys")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("public, partner, editor, admin"));
        given().contentType(ContentType.JSON).body(Map.of("name", " ", "role", "public", "rateLimitPerMinute", 0)).post("/v1/admin/keys")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("name", "rateLimitPerMinute"));
        given().get("/v1/admin/keys/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void usingAKeyRecordsWhenItWasLastUsed() {
        ExtractableResponse<Response> created = createKey(Map.of("name", "ใช้ล่าสุด " + TestData.unique(), "role", "public"));
        given().get("/v1/admin/keys/" + created.path("id")).then().body("lastUsedAt", nullValue());
        TestKeys.withKey(created.path("secret")).get("/v1/sections").then().statusCode(200);
        given().get("/v1/admin/keys/" + created.path("id")).then().body("lastUsedAt", notNullValue());
    }

    @Test
    void keysNeverReachTheLog() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : String.valueOf(record.getMessage()));
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    logged.add(String.valueOf(t.getMessage()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            ExtractableResponse<Response> created = createKey(Map.of("name", "ไม่ลงบันทึก " + TestData.unique(), "role", "editor"));
            String secret = created.path("secret");
            TestKeys.withKey(secret).contentType(ContentType.JSON).body(Map.of("name", "ข่าว " + TestData.unique())).post("/v1/sections").then().statusCode(201);
            TestKeys.withKey(secret).get("/v1/admin/keys").then().statusCode(403);
            TestKeys.withKey(secret + "x").get("/v1/articles").then().statusCode(401);
            TestKeys.anonymous().header("X-Api-Key", secret).contentType(ContentType.JSON).body("{not json").post("/v1/tags").then().statusCode(400);
            given().delete("/v1/admin/keys/" + created.path("id")).then().statusCode(204);
            TestKeys.withKey(secret).get("/v1/articles").then().statusCode(401);

            String random = secret.substring(ApiKeySecrets.PREFIX.length());
            logged.forEach(line -> assertFalse(line.contains(random), "a key was logged: " + line));
            logged.forEach(line -> assertFalse(line.contains(TestKeys.ADMIN), "the admin key was logged: " + line));
        } finally {
            root.removeHandler(capture);
        }
    }
}
