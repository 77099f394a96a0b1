package dev.khao.common.http;

import dev.khao.support.ChunkedUpload;
import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class HttpEdgeTest {

    private static final String ALLOWED_ORIGIN = "https://news.example.com";

    @TestHTTPResource("/")
    URL server;

    @Test
    void preflightFromAnAllowedOriginIsAnswered() {
        TestKeys.anonymous().header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, if-match, content-type")
                .options("/v1/articles/00000000-0000-0000-0000-000000000000")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("X-Api-Key"))
                .header("Access-Control-Max-Age", "86400");
    }

    @Test
    void crossOriginReadsExposeTheHeadersClientsNeed() {
        TestKeys.anonymous().header("Origin", ALLOWED_ORIGIN).get("/v1/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
    }

    @Test
    void anOriginNotListedGetsNoCorsHeaders() {
        TestKeys.anonymous().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options("/v1/articles")
                .then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
    }

    @Test
    void largeListsAreGzipped() throws IOException {
        for (int i = 0; i < 3; i++) {
            TestData.createSection("หมวดบีบอัด " + TestData.unique());
        }
        byte[] body = given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .queryParam("limit", 100).get("/v1/sections")
                .then().statusCode(200).header("Content-Encoding", "gzip").contentType(startsWith("application/json"))
                .extract().asByteArray();
        try (InputStream json = new GZIPInputStream(new ByteArrayInputStream(body))) {
            assertTrue(new String(json.readAllBytes(), StandardCharsets.UTF_8).startsWith("{\"data\":["));
        }
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() throws IOException {
        String response = declareBody("POST", "/v1/sections", "application/json", 11L * 1024 * 1024);
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
        assertTrue(response.contains("\"status\":413"), response);
        assertTrue(response.contains("https://khao.dev/problems/payload-too-large"), response);
    }

    @Test
    void aBodySentWithoutALengthIsCutAtTheLimitWithA413Problem() throws Exception {
        // 11 MB of JSON: one long Thai name, chunked
        byte[] body = ("{\"name\": \"" + "ก".repeat(11 * 1024 * 1024 / 3) + "\"}").getBytes(StandardCharsets.UTF_8);
        String response = ChunkedUpload.send(server, "/v1/sections", "application/json", body);
        assertTrue(response.startsWith("HTTP/1.1 413"), response.substring(0, Math.min(300, response.length())));
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
        assertTrue(response.toLowerCase().contains("connection: close"), response);
        assertTrue(response.contains("\"detail\":\"Request body is larger than allowed (10485760 bytes)\""), response);

        // Under the limit, the same framing is read as usual (an InputStream body has no length, so it is chunked).
        String name = "หมวดส่งเป็นชิ้น " + TestData.unique();
        given().contentType("application/json").body(new ByteArrayInputStream(("{\"name\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8)))
                .post("/v1/sections").then().statusCode(201).body("name", org.hamcrest.Matchers.equalTo(name));
    }

    @Test
    void theImportRouteKeepsItsOwnLargerLimitAndAnswersAProblemAboveIt() throws IOException {
        String response = declareBody("POST", "/v1/import?externalSource=too-big", "application/x-ndjson", 3L * 1024 * 1024 * 1024);
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.contains("\"status\":413"), response);
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndNoServerBanner() {
        TestKeys.anonymous().get("/v1/articles").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer")
                .header("Server", nullValue());
        TestKeys.anonymous().get("/v1/nothing").then().statusCode(404)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        given().get("/q/health").then().header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void swaggerUiStillLoadsItsScripts() {
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(startsWith("text/html"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void problemsAreCompressedToo() {
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").body(Map.of("name", "")).contentType("application/json").post("/v1/sections")
                .then().statusCode(400).contentType("application/problem+json").header("Content-Encoding", "gzip");
    }

    /** Sends only the headers of a request announcing a body of {@code length} bytes and reads the answer. */
    private String declareBody(String method, String path, String contentType, long length) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestKeys.ADMIN
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
