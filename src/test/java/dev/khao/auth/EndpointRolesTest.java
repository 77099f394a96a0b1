package dev.khao.auth;

import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Who may call what: every endpoint group, called by an anonymous caller and by a key of every role. Reads of
 * published content are open to anyone; a caller below the endpoint's role gets 401 without a key and 403 with
 * one. To cover a new endpoint group, add its rows to {@link #ENDPOINTS}.
 */
@QuarkusTest
class EndpointRolesTest {

    private static final String JSON = "application/json; charset=UTF-8";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    /** One request and the least role it needs; {@code path} and {@code body} are built per call (DELETE needs a fresh resource). */
    record Endpoint(String group, String method, Supplier<String> path, String contentType, Supplier<Object> body, Role needs) {
        @Override
        public String toString() {
            return group + ": " + method + " (needs " + needs + ")";
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            read("articles", () -> "/v1/articles"),
            read("articles", () -> "/v1/articles/" + article()),
            write("articles", "POST", () -> "/v1/articles", () -> Map.of("title", "ข่าวสิทธิ์ " + TestData.unique(), "status", "published")),
            write("articles", "PATCH", () -> "/v1/articles/" + article(), () -> Map.of("subtitle", "แก้ไข " + TestData.unique())),
            write("articles", "DELETE", EndpointRolesTest::newArticlePath, null),
            read("sections", () -> "/v1/sections"),
            read("sections", () -> "/v1/sections/" + TestData.createSection("หมวดสิทธิ์ " + TestData.unique())),
            write("sections", "POST", () -> "/v1/sections", () -> Map.of("name", "หมวด " + TestData.unique())),
            write("sections", "DELETE", () -> "/v1/sections/" + TestData.createSection("หมวดลบ " + TestData.unique()), null),
            read("tags", () -> "/v1/tags"),
            write("tags", "POST", () -> "/v1/tags", () -> Map.of("name", "แท็ก " + TestData.unique())),
            write("tags", "PATCH", () -> "/v1/tags/" + TestData.createTag("แท็กแก้ " + TestData.unique()), () -> Map.of("name", "แท็กใหม่ " + TestData.unique())),
            read("authors", () -> "/v1/authors"),
            write("authors", "POST", () -> "/v1/authors", () -> Map.of("name", "ผู้เขียน " + TestData.unique())),
            write("authors", "DELETE", () -> "/v1/authors/" + TestData.createAuthor("ผู้เขียนลบ " + TestData.unique()), null),
            read("entities", () -> "/v1/entities"),
            read("entities", () -> "/v1/entities/" + entity() + "/articles"),
            write("entities", "POST", () -> "/v1/entities", () -> Map.of("type", "organization", "name", Map.of("th", "องค์กร " + TestData.unique()), "aliases", List.of())),
            read("search", () -> "/v1/search?q=" + "ข่าว"),
            read("suggest", () -> "/v1/suggest?q=" + "ข่าว"),
            new Endpoint("import", "POST", () -> "/v1/import?externalSource=roles-" + TestData.unique(), "application/x-ndjson",
                    () -> ("{\"id\": \"" + TestData.unique() + "\", \"title\": \"ข่าวนำเข้าสิทธิ์\"}\n").getBytes(StandardCharsets.UTF_8), Role.ADMIN),
            admin("reindex admin", "GET", () -> "/v1/admin/search/reindex", null),
            admin("keys admin", "GET", () -> "/v1/admin/keys", null),
            admin("keys admin", "POST", () -> "/v1/admin/keys", () -> Map.of("name", "คีย์ " + TestData.unique(), "role", "public")),
            read("feeds", () -> "/feeds/rss.xml"),
            read("feeds", () -> "/feeds/feed.json"),
            read("sitemaps", () -> "/sitemap.xml"),
            new Endpoint("sync", "GET", () -> "/v1/sync", null, null, Role.PARTNER),
            new Endpoint("trash", "GET", () -> "/v1/trash", null, null, Role.EDITOR),
            write("trash", "POST", EndpointRolesTest::trashedSectionRestorePath, null),
            admin("trash purge", "DELETE", () -> "/v1/sections/" + TestData.createSection("หมวดล้าง " + TestData.unique()) + "?purge=true", null),
            admin("webhooks admin", "GET", () -> "/v1/admin/webhooks", null),
            admin("keys admin", "DELETE", () -> "/v1/admin/keys/" + TestKeys.create(Map.of("name", "ลบ " + TestData.unique(), "role", "public")).path("id"), null));

    private static final Map<Role, String> KEYS = new EnumMap<>(Role.class);
    private static String article;
    private static String entity;

    static Stream<Arguments> calls() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(Arguments.of(endpoint, null),
                Arguments.of(endpoint, Role.PUBLIC), Arguments.of(endpoint, Role.PARTNER),
                Arguments.of(endpoint, Role.EDITOR), Arguments.of(endpoint, Role.ADMIN)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("calls")
    void callersBelowTheEndpointsRoleAreTurnedAway(Endpoint endpoint, Role caller) {
        String path = endpoint.path().get();
        RequestSpecification request = caller == null ? TestKeys.anonymous() : TestKeys.withKey(key(caller));
        if (endpoint.body() != null) {
            Object body = endpoint.body().get();
            request = request.contentType(endpoint.contentType());
            request = body instanceof byte[] bytes ? request.body(bytes) : request.body(body);
        }
        int status = request.request(endpoint.method(), path).then().extract().statusCode();

        if (caller == null) {
            int expected = endpoint.needs() == Role.PUBLIC ? 200 : 401;
            check(endpoint, "anonymous", expected, status);
        } else {
            check(endpoint, caller.toString(), caller.includes(endpoint.needs()) ? 200 : 403, status);
        }
    }

    private static void check(Endpoint endpoint, String caller, int expected, int status) {
        if (expected == 200) {
            assertTrue(status >= 200 && status < 300, endpoint + " as " + caller + ": expected 2xx, got " + status);
        } else if (status != expected) {
            fail(endpoint + " as " + caller + ": expected " + expected + ", got " + status);
        }
    }

    /** The restore path of a section just moved to the trash (by the admin key). */
    private static String trashedSectionRestorePath() {
        String id = TestData.createSection("หมวดกู้คืน " + TestData.unique());
        io.restassured.RestAssured.given().delete("/v1/sections/" + id).then().statusCode(204);
        return "/v1/sections/" + id + "/restore";
    }

    private static Endpoint read(String group, Supplier<String> path) {
        return new Endpoint(group, "GET", path, null, null, Role.PUBLIC);
    }

    private static Endpoint write(String group, String method, Supplier<String> path, Supplier<Object> body) {
        return new Endpoint(group, method, path, "PATCH".equals(method) ? MERGE_PATCH : JSON, body, Role.EDITOR);
    }

    private static Endpoint admin(String group, String method, Supplier<String> path, Supplier<Object> body) {
        return new Endpoint(group, method, path, JSON, body, Role.ADMIN);
    }

    private static synchronized String key(Role role) {
        return KEYS.computeIfAbsent(role, r -> TestKeys.newKey(r.toString()));
    }

    private static synchronized String article() {
        if (article == null) {
            article = TestData.createArticle(Map.of("title", "ข่าวตารางสิทธิ์ " + TestData.unique(), "status", "published"));
        }
        return article;
    }

    private static String newArticlePath() {
        return "/v1/articles/" + TestData.createArticle(Map.of("title", "ข่าวลบ " + TestData.unique(), "status", "published"));
    }

    private static synchronized String entity() {
        if (entity == null) {
            entity = TestData.createEntity("organization", Map.of("th", "องค์กรสิทธิ์ " + TestData.unique()), List.of());
        }
        return entity;
    }
}
