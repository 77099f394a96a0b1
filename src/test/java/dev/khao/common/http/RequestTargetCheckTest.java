package dev.khao.common.http;

import dev.khao.support.ProblemSpec;
import dev.khao.support.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RequestTargetCheckTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void anEncodedNulInAPathIsA400ProblemNotADatabaseFailure() {
        String section = TestData.createSection("หมวดทดสอบ " + TestData.unique());
        for (String path : new String[] {"/v1/tags/slug/a%00b", "/v1/sections/slug/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%00",
                "/feeds/section/a%00b/rss.xml", "/v1/authors/slug/a%00b"}) {
            given().urlEncodingEnabled(false).get(path)
                    .then().spec(ProblemSpec.problem(400))
                    .body("instance", equalTo(path))
                    .body("errors[0].field", equalTo("path"))
                    .body("errors[0].message", containsString("NUL"));
        }
        given().get("/v1/sections/" + section).then().statusCode(200);
    }

    @Test
    void anEncodedNulInAQueryParameterNamesThatParameter() {
        given().urlEncodingEnabled(false).get("/v1/search?q=%E0%B8%94%E0%B8%B4%E0%B8%88%E0%B8%B4%E0%B8%97%E0%B8%B1%E0%B8%A5%00")
                .then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("q"))
                .body("detail", containsString("'q'"));
        for (String query : new String[] {"/v1/articles?tag=%00", "/v1/suggest?q=%00", "/v1/entities?q=a%00b", "/v1/articles?section=x%00"}) {
            String parameter = query.substring(query.indexOf('?') + 1, query.indexOf('='));
            given().urlEncodingEnabled(false).get(query)
                    .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo(parameter));
        }
    }

    @Test
    void aParameterGivenTwiceWithDifferentValuesIsA400NotTheFirstValueSilently() {
        String section = TestData.createSection("หมวดซ้ำ " + TestData.unique());
        given().queryParam("section", section).queryParam("section", "ไม่มีหมวดนี้").get("/v1/articles")
                .then().spec(ProblemSpec.problem(400))
                .body("detail", equalTo("Query parameter 'section' is given twice with different values; each parameter takes one value"))
                .body("errors[0].field", equalTo("section"))
                .body("errors[0].message", equalTo("is given twice with different values"));
        given().urlEncodingEnabled(false).get("/v1/search?q=%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7&Q=news")
                .then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("Q"));
        given().queryParam("section", section).queryParam("section", section).get("/v1/articles").then().statusCode(200);
    }

    /**
     * Tests trust forwarded headers from 127.0.0.1, as behind a proxy. Without a Host (and with no forwarded host
     * enabled) Quarkus makes the request's address {@code http:///…}: links could name no host, so it is a 400 here too.
     */
    @Test
    void aRequestWithoutHostFromATrustedProxyIsStillA400() throws IOException {
        String missing = exchange(server, "GET /v1/nothing HTTP/1.0\r\n\r\n");
        assertTrue(missing.startsWith("HTTP/1.0 400"), missing);
        assertTrue(missing.contains("\"detail\":\"A Host header is required\""), missing);
        assertTrue(missing.contains("\"instance\":\"/v1/nothing\""), missing);
        String list = exchange(server, "GET /v1/articles HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertTrue(list.startsWith("HTTP/1.1 400"), list);
    }

    /** As curl sends a URL typed with Thai in it: the UTF-8 bytes unencoded. */
    @Test
    void thaiSentUnencodedIsReadAsUtf8() throws IOException {
        String name = "หมวดดิบ" + TestData.thaiUnique();
        String id = TestData.createSection(name);
        String slug = given().get("/v1/sections/" + id).then().statusCode(200).extract().path("slug");
        String section = get("/v1/sections/slug/" + slug);
        assertTrue(section.startsWith("HTTP/1.1 200"), section);
        assertTrue(section.contains("\"id\":\"" + id + "\""), section);

        String raw = get("/v1/suggest?q=" + name);
        String encoded = get("/v1/suggest?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertTrue(raw.startsWith("HTTP/1.1 200"), raw);
        assertTrue(raw.contains(name), raw);
        assertEquals(body(encoded), body(raw));
    }

    @Test
    void quotesAndBarsSentUnencodedReachTheSearch() throws IOException {
        String answer = get("/v1/search?q=\"ดิจิทัล\"|ESCAP&limit=1");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("\"allOf\":[[\"ดิจิทัล\"],[\"escap\"]]"), answer);
    }

    @Test
    void bytesThatAreNotUtf8AreA400Problem() throws IOException {
        byte[] request = ("GET /v1/search?q=\u00ff\u00fe HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        String answer = exchange(server, request);
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("not UTF-8"), answer);
    }

    @Test
    void malformedPercentEncodingIsA400Problem() throws IOException {
        for (String target : new String[] {"/v1/search?q=%zz", "/v1/tags/slug/%G1", "/v1/articles?tag=100%", "/v1/suggest?q=%E"}) {
            String answer = get(target);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("\"detail\":\"The request target has a '%' that does not start a percent-encoded byte"), answer);
        }
    }

    @Test
    void dotSegmentsCannotStepOutOfTheApiPath() throws IOException {
        for (String target : new String[] {"/v1/articles/%2e%2e/%2e%2e/q/metrics", "/v1/articles/%2E%2e/%2e./q/health", "/v1/./articles",
                "/v1/articles/../../q/metrics"}) {
            String answer = get(target);
            assertTrue(answer.startsWith("HTTP/1.1 400"), target + ": " + answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("\"detail\":\"The path has a '.' or '..' segment"), answer);
        }
        // Dots inside a segment are just characters
        assertTrue(get("/v1/tags/slug/a..b").startsWith("HTTP/1.1 404"));
    }

    private String get(String target) throws IOException {
        return exchange(server, ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    /** Sends {@code request} as is and reads the whole answer; the connection closes after it. */
    static String exchange(URL server, String request) throws IOException {
        return exchange(server, request.getBytes(StandardCharsets.US_ASCII));
    }

    static String exchange(URL server, byte[] request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
