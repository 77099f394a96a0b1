package dev.khao.caching;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepresentationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String A = "0b1e4c5a-2f3d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String S = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    private static final String T = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";

    @Test
    void findsEveryNestedIdTheNewestUpdateAndAnyDraft() throws Exception {
        Representation page = Representation.of(JSON.getFactory(), bytes("""
                {"data": [
                  {"id": "%s", "status": "published", "updatedAt": "2024-05-01T09:30:00+07:00",
                   "section": {"id": "%s", "name": "ข่าว"}, "tags": [{"id": "%s"}], "externalId": "not-a-uuid"},
                  {"id": "%s", "status": "draft", "updatedAt": "2024-05-02T09:30:00+07:00"}
                ], "meta": {"total": 2}}
                """.formatted(A, S, T, "3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b")));

        assertEquals(List.of(A, S, T, "3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b"), List.copyOf(page.ids()));
        assertEquals(OffsetDateTime.parse("2024-05-02T09:30:00+07:00"), page.lastModified());
        assertTrue(page.unpublished());
        assertTrue(page.list());
    }

    @Test
    void publishedContentIsShareable() throws Exception {
        Representation one = Representation.of(JSON.getFactory(), bytes("{\"id\": \"%s\", \"status\": \"published\"}".formatted(A)));
        assertFalse(one.unpublished());
        assertFalse(one.list());
    }

    @Test
    void namesAnObjectBeforeWhatItContainsWhereverItsIdIs() throws Exception {
        Representation one = Representation.of(JSON.getFactory(), bytes("""
                {"section": {"id": "%s", "status": "draft"}, "tags": [{"name": "x", "id": "%s"}], "id": "%s", "status": "published",
                 "updatedAt": "not a time"}
                """.formatted(S, T, A.toUpperCase())));
        assertEquals(List.of(A, S, T), List.copyOf(one.ids()));
        assertTrue(one.unpublished());
        assertNull(one.lastModified());
    }

    @Test
    void aListIsAnObjectWhoseDataIsAnArray() throws Exception {
        assertFalse(Representation.of(JSON.getFactory(), bytes("[{\"id\": \"%s\"}]".formatted(A))).list());
        assertFalse(Representation.of(JSON.getFactory(), bytes("{\"meta\": {\"data\": []}}")).list());
        assertFalse(Representation.of(JSON.getFactory(), bytes("[{\"data\": []}]")).list());
        assertTrue(Representation.of(JSON.getFactory(), bytes("{\"meta\": {}, \"data\": []}")).list());
    }

    @Test
    void onlyCanonicalUuidsAreIds() throws Exception {
        List<String> notIds = List.of("0b1e4c5a2f3d4e5f8a9b0c1d2e3f4a5b", "0b1e4c5a-2f3d-4e5f-8a9b-0c1d2e3f4a5", "0b1e4c5a-2f3d-4e5f-8a9b-0c1d2e3f4a5b0",
                "0b1e4c5a-2f3d-4e5f-8a9b_0c1d2e3f4a5b", "0b1e4c5a-2f3d-4e5f-8a9b-0c1d2e3f4a5g", "{b1e4c5a-2f3d-4e5f-8a9b-0c1d2e3f4a5b",
                "0b1e4c5a-2f3d-4e5f-8a9b-0c1d2e3f4a5٣", "");
        for (String id : notIds) {
            assertTrue(Representation.of(JSON.getFactory(), bytes("{\"id\": \"%s\"}".formatted(id))).ids().isEmpty(), id);
        }
        Representation mixedCase = Representation.of(JSON.getFactory(), bytes("{\"id\": \"0B1E4C5A-2f3d-4E5F-8a9b-0C1D2E3F4A5B\"}"));
        assertEquals(List.of(A), List.copyOf(mixedCase.ids()));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
