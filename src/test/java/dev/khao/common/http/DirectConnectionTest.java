package dev.khao.common.http;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clients connecting straight to the API, with no proxy whose forwarded headers could say where they asked. */
@QuarkusTest
@TestProfile(DirectConnectionTest.NoProxy.class)
class DirectConnectionTest {

    /** The default installation: forwarded headers are not trusted. */
    public static class NoProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "false");
        }
    }

    @TestHTTPResource("/")
    URL server;

    @Test
    void aRequestWithoutHostIsA400ProblemNotAFailedLink() throws IOException {
        for (String request : new String[] {"/v1/articles HTTP/1.0", "/v1/nothing HTTP/1.0", "/v1/articles HTTP/1.1"}) {
            String path = request.substring(0, request.indexOf(' '));
            String response = RequestTargetCheckTest.exchange(server, "GET " + request + "\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith(request.substring(request.indexOf(' ') + 1) + " 400"), response);
            assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
            assertTrue(response.contains("\"detail\":\"A Host header is required\""), response);
            assertTrue(response.contains("\"instance\":\"" + path + "\""), response);
        }
    }

    @Test
    void anEmptyHostIsA400ProblemNotLinksWithoutAHost() throws IOException {
        String response = RequestTargetCheckTest.exchange(server, "GET /v1/articles HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("\"detail\":\"A Host header is required\""), response);
        String named = RequestTargetCheckTest.exchange(server, "GET /v1/articles?limit=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(named.startsWith("HTTP/1.1 200"), named);
    }

    @Test
    void twoHostHeadersAreA400ProblemNotTheFirstTakenSilently() throws IOException {
        String two = RequestTargetCheckTest.exchange(server,
                "GET /v1/articles HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(two.startsWith("HTTP/1.1 400"), two);
        assertTrue(two.contains("\"detail\":\"A request must have one Host header, not 2\""), two);
    }

    @Test
    void healthProbesWithoutHostAreStillAnswered() throws IOException {
        String response = RequestTargetCheckTest.exchange(server, "GET /q/health/live HTTP/1.0\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.0 200"), response);
    }
}
