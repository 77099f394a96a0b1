package dev.khao.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Builds test content through the public API, with real Thai text from the fixtures. */
public final class TestData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String CONSONANTS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";
    private static List<JsonNode> corpus;

    private TestData() {
    }

    /** A suffix that keeps names unique across tests sharing one database. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8) + SEQUENCE.incrementAndGet();
    }

    /** Thai letters no other test uses, so that a prefix built on them matches only this test's content. */
    public static String thaiUnique() {
        StringBuilder token = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            token.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
        }
        return token.toString();
    }

    public static String createSection(String name) {
        return post("/v1/sections", Map.of("name", name));
    }

    public static String createTag(String name) {
        return post("/v1/tags", Map.of("name", name));
    }

    public static String createAuthor(String name) {
        return post("/v1/authors", Map.of("name", name));
    }

    public static String createEntity(String type, Map<String, String> name, List<String> aliases) {
        return post("/v1/entities", Map.of("type", type, "name", name, "aliases", aliases));
    }

    public static String createArticle(Map<String, ?> body) {
        return post("/v1/articles", body);
    }

    public static String post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** The i-th press release of the bundled Thai government corpus sample (id, title, body, published_at, tags). */
    public static JsonNode corpusArticle(int i) {
        return corpus().get(i);
    }

    public static String resource(String name) {
        try (InputStream in = TestData.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized List<JsonNode> corpus() {
        if (corpus == null) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    TestData.class.getResourceAsStream("/fixtures/thaigov-sample-12.ndjson"), StandardCharsets.UTF_8))) {
                corpus = reader.lines().map(line -> {
                    try {
                        return JSON.readTree(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return corpus;
    }
}
