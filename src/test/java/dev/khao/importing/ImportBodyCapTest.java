package dev.khao.importing;

import dev.khao.common.Slugs;
import dev.khao.support.ChunkedUpload;
import dev.khao.support.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import streamed past its own cap stops there with a 413 problem that says how much of it was imported. */
@QuarkusTest
@TestProfile(ImportBodyCapTest.OneMegabyte.class)
class ImportBodyCapTest {

    /** An import cap small enough to pass in a test. */
    public static class OneMegabyte implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khao.import.max-body-size", "1M");
        }
    }

    @TestHTTPResource("/")
    URL server;

    @Test
    void aStreamedImportPastItsCapIsA413NamingTheLinesImported() throws Exception {
        String u = TestData.unique();
        String section = "ข่าวเกินขนาด " + u;
        StringBuilder body = new StringBuilder();
        String text = "ข้อความข่าวประชาสัมพันธ์ ".repeat(300);
        for (int i = 0; body.length() * 3 < 2 * 1024 * 1024; i++) {
            body.append("{\"id\": \"cap-").append(u).append('-').append(i).append("\", \"title\": \"ข่าวยาว ").append(u).append(' ').append(i)
                    .append("\", \"body\": \"").append(text).append("\", \"published_at\": \"2024-05-01T09:00:00+07:00\", \"category\": \"")
                    .append(section).append("\"}\n");
        }
        String response = ChunkedUpload.send(server, "/v1/import?externalSource=cap-" + u, "application/x-ndjson",
                body.toString().getBytes(StandardCharsets.UTF_8));

        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
        Matcher imported = Pattern.compile("larger than allowed \\(1048576 bytes\\); the (\\d+) lines before that point were imported")
                .matcher(response);
        assertTrue(imported.find(), response);
        int lines = Integer.parseInt(imported.group(1));
        assertTrue(lines > 0, response);
        // Those lines are stored, and nothing after them.
        int listed = given().queryParam("section", Slugs.fromTitle(section)).queryParam("limit", 1).get("/v1/articles")
                .then().statusCode(200).extract().path("meta.total");
        assertEquals(lines, listed);
    }
}
