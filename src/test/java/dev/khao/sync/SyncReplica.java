package dev.khao.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** A partner's copy of the public content, kept by following the sync API exactly as the partner guide says. */
final class SyncReplica {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** "type/id" → the representation last upserted. */
    final Map<String, JsonNode> items = new LinkedHashMap<>();
    String token;
    private final Supplier<RequestSpecification> request;

    SyncReplica() {
        this(() -> given());
    }

    SyncReplica(Supplier<RequestSpecification> request) {
        this.request = request;
    }

    /** Calls the API until it says there is no more for now; returns the entries seen, in order. */
    List<JsonNode> catchUp() {
        List<JsonNode> seen = new ArrayList<>();
        boolean more = true;
        while (more) {
            JsonNode answer = call();
            answer.get("data").forEach(entry -> {
                seen.add(entry);
                apply(entry);
            });
            token = answer.get("meta").get("nextToken").asText();
            more = answer.get("meta").get("hasMore").asBoolean();
        }
        return seen;
    }

    private JsonNode call() {
        RequestSpecification spec = request.get();
        if (token != null) {
            spec = spec.queryParam("token", token);
        }
        String body = spec.get("/v1/sync").then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void apply(JsonNode entry) {
        String key = key(entry.get("type").asText(), entry.get("id").asText());
        switch (entry.get("op").asText()) {
            case "upsert" -> items.put(key, entry.get("data"));
            case "delete" -> items.remove(key);
            default -> throw new AssertionError("Unknown op in " + entry);
        }
    }

    static String key(String type, String id) {
        return type + "/" + id;
    }

    /** Every upserted or deleted (type, id) among the entries. */
    static List<String> keys(List<JsonNode> entries, String op) {
        return entries.stream().filter(e -> e.get("op").asText().equals(op))
                .map(e -> key(e.get("type").asText(), e.get("id").asText())).toList();
    }

    /** What the public API shows right now: every public article, and every catalog row with public articles. */
    static Map<String, JsonNode> publicState() {
        Map<String, JsonNode> state = new LinkedHashMap<>();
        Map<String, String> lists = Map.of("article", "/v1/articles", "section", "/v1/sections", "tag", "/v1/tags",
                "author", "/v1/authors", "entity", "/v1/entities");
        lists.forEach((type, path) -> {
            String cursor = null;
            do {
                RequestSpecification spec = given().queryParam("limit", 100);
                if (cursor != null) {
                    spec = spec.queryParam("cursor", cursor);
                }
                JsonNode page;
                try {
                    page = JSON.readTree(spec.get(path).then().statusCode(200).extract().asString());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                page.get("data").forEach(item -> {
                    if (type.equals("article") || item.get("articleCount").asLong() > 0) {
                        state.put(key(type, item.get("id").asText()), item);
                    }
                });
                JsonNode next = page.get("meta").get("nextCursor");
                cursor = next == null || next.isNull() ? null : next.asText();
            } while (cursor != null);
        });
        return state;
    }
}
