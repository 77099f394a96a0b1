package dev.khao.support;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * API keys in tests. Every request sends the bootstrap admin key unless it sends a key of its own or asks to be
 * {@link #anonymous()}, so tests of content behaviour need not repeat credentials and tests of access control
 * say exactly who is calling.
 */
public final class TestKeys {

    /** The admin key the test app accepts (khao.admin-key). */
    public static final String ADMIN = "khao-test-admin-key-0123456789";
    private static final String ANONYMOUS_MARKER = "X-Khao-Test-Anonymous";

    private TestKeys() {
    }

    /** A request without any key. */
    public static RequestSpecification anonymous() {
        return given().header(ANONYMOUS_MARKER, "true");
    }

    /** A request sending {@code secret} as a bearer token. */
    public static RequestSpecification withKey(String secret) {
        return given().header("Authorization", "Bearer " + secret);
    }

    /** Creates a key through the admin API (with the admin key); the answer holds its id and its secret. */
    public static ExtractableResponse<Response> create(Map<String, ?> request) {
        return given().header("Authorization", "Bearer " + ADMIN).contentType(ContentType.JSON).body(request)
                .post("/v1/admin/keys").then().statusCode(201).extract();
    }

    /** The secret of a new key with this role ({@code public}, {@code partner}, {@code editor}, {@code admin}). */
    public static String newKey(String role) {
        return create(Map.of("name", "คีย์ทดสอบ " + TestData.unique(), "role", role)).path("secret");
    }

    static void installDefaultKey() {
        RestAssured.filters(new DefaultKey());
    }

    private static final class DefaultKey implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
            if (request.getHeaders().hasHeaderWithName(ANONYMOUS_MARKER)) {
                request.removeHeader(ANONYMOUS_MARKER);
            } else if (!request.getHeaders().hasHeaderWithName("Authorization") && !request.getHeaders().hasHeaderWithName("X-Api-Key")) {
                request.header("Authorization", "Bearer " + ADMIN);
            }
            return context.next(request, response);
        }
    }
}
