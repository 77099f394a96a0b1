package dev.khao.idempotency;

import dev.khao.support.ProblemSpec;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class IdempotentCreationTest {

    private static Response post(String path, String key, Object body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).when().post(path);
    }

    @Test
    void aRepeatedKeyReplaysTheFirstResponseWithoutCreatingAgain() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("title", "ข่าวส่งซ้ำ " + unique(), "bodyText", "ส่งครั้งเดียว");
        Response first = post("/v1/articles", key, body).then().statusCode(201).header(IdempotentCreation.REPLAYED, nullValue()).extract().response();
        String id = first.path("id");

        Response again = post("/v1/articles", key, body).then().statusCode(201)
                .header(IdempotentCreation.REPLAYED, equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .extract().response();
        assertEquals(first.asString(), again.asString());
        given().get("/v1/articles/" + id + "/revisions").then().body("meta.total", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        post("/v1/tags", key, Map.of("name", "ภาษี " + unique())).then().statusCode(201);
        post("/v1/tags", key, Map.of("name", "ภาษีอื่น " + unique())).then().spec(ProblemSpec.problem(422));
        post("/v1/sections", key, Map.of("name", "ภาษี " + unique())).then().spec(ProblemSpec.problem(422));
    }

    @Test
    void everyCreatingPostTakesAKey() {
        String suffix = unique();
        for (Map.Entry<String, Map<String, Object>> post : Map.<String, Map<String, Object>>of(
                "/v1/sections", Map.of("name", "กีฬา " + suffix),
                "/v1/authors", Map.of("name", "ผู้เขียน " + suffix),
                "/v1/entities", Map.of("type", "place", "name", Map.of("th", "เชียงใหม่ " + suffix))).entrySet()) {
            String key = UUID.randomUUID().toString();
            String id = post(post.getKey(), key, post.getValue()).then().statusCode(201).extract().path("id");
            post(post.getKey(), key, post.getValue()).then().statusCode(201).body("id", equalTo(id));
        }
    }

    @Test
    void anEmptyKeyIsRefusedRatherThanReadAsNoKey() {
        String name = "ข่าวด่วน " + unique();
        for (String empty : new String[] {"", " "}) {
            post("/v1/tags", empty, Map.of("name", name)).then().spec(ProblemSpec.problem(400))
                    .body("detail", equalTo("Idempotency-Key must be 1 to 255 characters"));
        }
        // Nothing was created by the refused requests
        given().contentType(ContentType.JSON).header("idempotency-key", "").body(Map.of("name", name)).when().post("/v1/tags")
                .then().spec(ProblemSpec.problem(400));
        given().get("/v1/tags/slug/" + dev.khao.common.Slugs.fromTitle(name)).then().spec(ProblemSpec.problem(404));
    }

    @Test
    void aFailedCreationDoesNotUseUpTheKey() {
        String key = UUID.randomUUID().toString();
        String slug = "ซ้ำ-" + unique();
        post("/v1/tags", UUID.randomUUID().toString(), Map.of("name", "มีแล้ว", "slug", slug)).then().statusCode(201);
        post("/v1/tags", key, Map.of("name", "ชนกัน", "slug", slug)).then().spec(ProblemSpec.problem(409));
        // Nothing was stored for the failure, so the corrected request may use the same key.
        post("/v1/tags", key, Map.of("name", "ชนกัน", "slug", slug + "-2")).then().statusCode(201).body("slug", equalTo(slug + "-2"));
    }

    @Test
    void concurrentRepeatsCreateOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "พร้อมกัน " + unique());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return post("/v1/tags", key, body);
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Response> result : results) {
                Response response = result.get();
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
