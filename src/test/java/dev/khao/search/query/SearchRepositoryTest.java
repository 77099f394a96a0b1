package dev.khao.search.query;

import dev.khao.article.ArticleFilter;
import dev.khao.article.body.ThaiWords;
import dev.khao.search.index.TermDictionary;
import dev.khao.search.query.SearchRepository.After;
import dev.khao.search.query.SearchRepository.Hit;
import dev.khao.search.query.SearchRepository.Match;
import dev.khao.search.query.SearchRepository.Newest;
import dev.khao.search.text.BodySegments;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static dev.khao.support.TestData.corpusArticle;
import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.createSection;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SearchRepositoryTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2024-05-01T09:30:00+07:00");

    @Inject
    EntityManager em;

    @Inject
    SearchRepository search;

    @Inject
    TermDictionary dictionary;

    /** Halves on both sides of the sign bit, where signed and unsigned comparison disagree, and random ones. */
    private static List<UUID> ids() {
        List<UUID> ids = new ArrayList<>(List.of(
                UUID.fromString("00000000-0000-0000-0000-000000000000"), UUID.fromString("7fffffff-ffff-ffff-7fff-ffffffffffff"),
                UUID.fromString("80000000-0000-0000-8000-000000000000"), UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"),
                UUID.fromString("7fffffff-ffff-ffff-8000-000000000000"), UUID.fromString("80000000-0000-0000-7fff-ffffffffffff")));
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }
        return ids;
    }

    @Test
    @Transactional
    void ordersIdsAsPostgresqlDoes() {
        List<UUID> ids = ids();
        @SuppressWarnings("unchecked")
        List<UUID> byPostgresql = em.createNativeQuery("SELECT id FROM unnest(CAST(?1 AS uuid[])) AS u (id) ORDER BY id", UUID.class)
                .setParameter(1, ids.toArray(UUID[]::new)).getResultList();
        assertEquals(byPostgresql, ids.stream().sorted(SearchRepository.PG_UUID_ORDER).toList());
    }

    @Test
    @Transactional
    void readsIdArraysInTheBinaryFormatPostgresqlSendsThem() {
        List<UUID> ids = ids();
        byte[] sent = (byte[]) em.createNativeQuery("SELECT array_send(CAST(?1 AS uuid[]))").setParameter(1, ids.toArray(UUID[]::new)).getSingleResult();
        byte[] empty = (byte[]) em.createNativeQuery("SELECT array_send(CAST('{}' AS uuid[]))").getSingleResult();
        byte[] one = (byte[]) em.createNativeQuery("SELECT array_send(ARRAY[CAST(?1 AS uuid)])").setParameter(1, ids.get(3)).getSingleResult();

        assertEquals(ids, SearchRepository.uuids(sent));
        assertEquals(List.of(), SearchRepository.uuids(empty));
        assertEquals(List.of(ids.get(3)), SearchRepository.uuids(one));
        assertEquals(List.of(), SearchRepository.uuids(null));
    }

    @Test
    void ranksTheSameWhetherLeadsAreFoundWhereTheirSearchRowsPointOrById() {
        String section = createSection("ชี้ " + unique());
        List<String> ids = List.of(
                createArticle(Map.of("title", "ทุเรียนหมอนทอง " + unique(), "bodyText", "ส่งออกทุเรียนไปจีน ทุเรียน", "status", "published",
                        "sectionId", section, "publishedAt", OffsetDateTime.now().minusDays(3).toString())),
                createArticle(Map.of("title", "ข่าวเกษตร " + unique(), "bodyText", "ราคาทุเรียนวันนี้", "status", "published",
                        "sectionId", section, "publishedAt", OffsetDateTime.now().minusDays(1).toString())),
                createArticle(Map.of("title", "ข่าวผลไม้ " + unique(), "bodyText", "มังคุด เงาะ และทุเรียน", "status", "published",
                        "sectionId", section, "publishedAt", OffsetDateTime.now().minusDays(40).toString())));
        // An edit writes the lead anew, elsewhere: its search row follows it.
        given().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("title", "ข่าวเกษตรแก้ไข " + unique()))
                .patch("/v1/articles/" + ids.get(1)).then().statusCode(200);
        // Every search row written points at its own article's lead.
        assertEquals(3L, ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT count(*) FROM article_search s JOIN article_search_leads l ON l.ctid = s.lead_ctid AND l.article_id = s.article_id"
                        + " WHERE s.article_id = ANY(CAST(string_to_array(?1, ',') AS uuid[]))")
                .setParameter(1, String.join(",", ids)).getSingleResult())).longValue());
        ExtractableResponse<Response> pointed = ranked(section);

        // Pointers that find one another's leads (rows moved since, their places taken), nowhere, or none at all.
        QuarkusTransaction.requiringNew().run(() -> {
            pointAt(ids.get(0), "(SELECT l.ctid FROM article_search_leads l WHERE l.article_id = CAST(?2 AS uuid))", ids.get(1));
            pointAt(ids.get(1), "(SELECT l.ctid FROM article_search_leads l WHERE l.article_id = CAST(?2 AS uuid))", ids.get(0));
            pointAt(ids.get(2), "CAST('(4294967294,1)' AS tid)", null);
        });
        ExtractableResponse<Response> moved = ranked(section);
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> pointAt(id, "NULL", null)));
        ExtractableResponse<Response> unpointed = ranked(section);

        assertEquals(3, pointed.<List<String>>path("data.article.id").size());
        List<Float> scores = pointed.path("data.score");
        for (ExtractableResponse<Response> other : List.of(moved, unpointed)) {
            assertEquals(pointed.<List<String>>path("data.article.id"), other.path("data.article.id"));
            // The freshness boost is measured from each request's time, which moves the scores by far less than this.
            List<Float> otherScores = other.path("data.score");
            for (int i = 0; i < scores.size(); i++) {
                assertEquals(scores.get(i), otherScores.get(i), 1e-6);
            }
        }
    }

    private static ExtractableResponse<Response> ranked(String section) {
        return given().header("Cache-Control", "no-cache").queryParam("q", "ทุเรียน").queryParam("section", section)
                .get("/v1/search").then().statusCode(200).extract();
    }

    private void pointAt(String articleId, String pointer, String other) {
        var update = em.createNativeQuery("UPDATE article_search SET lead_ctid = " + pointer + " WHERE article_id = CAST(?1 AS uuid)")
                .setParameter(1, articleId);
        if (other != null) {
            update.setParameter(2, other);
        }
        update.executeUpdate();
    }

    @Test
    void readsTheSameNewestMatchesAtOnceAsEraByEraAndSaysWhichWayIsCheaperNextTime() {
        String section = createSection("ทีละยุค " + unique());
        // One match a quarter for twenty quarters, two more in the newest, forty more in the oldest four: more quarters
        // than are read one by one, most matches older. Far in the future (published as of a later "now"), so that no
        // other test's articles take up the quarters read first.
        long firstQuarter = 920; // 2200-01-02T12:00Z, quarters being 7,889,400 s from the epoch
        List<OffsetDateTime> times = new ArrayList<>();
        for (int i = 0; i < SearchRepository.RECENT_ERAS + 4; i++) {
            times.add(quarterStart(firstQuarter + i).plusDays(1));
        }
        times.add(quarterStart(firstQuarter + SearchRepository.RECENT_ERAS + 3).plusDays(2));
        times.add(quarterStart(firstQuarter + SearchRepository.RECENT_ERAS + 3).plusDays(3));
        for (int i = 0; i < 40; i++) {
            times.add(quarterStart(firstQuarter + i % 4).plusDays(2).plusHours(i));
        }
        times.sort(Comparator.reverseOrder());
        List<String> newestFirst = times.stream().map(at -> mangosteen(section, at)).toList();
        ArticleFilter filter = new ArticleFilter(UUID.fromString(section), null, null, null, null, Set.of(), null, null);
        String query = QueryParser.parse("มังคุด", dictionary.current(), 200).matchQuery();
        OffsetDateTime now = OffsetDateTime.parse("2206-01-01T00:00:00Z");

        for (int limit : List.of(3, 11, 18, 19, 20, 40, 100)) {
            Newest eras = newest(query, filter, now, null, limit, false);
            Newest atOnce = newest(query, filter, now, null, limit, true);
            List<String> expected = newestFirst.subList(0, Math.min(limit, newestFirst.size()));
            assertEquals(expected, ids(eras), "era by era, limit " + limit);
            assertEquals(expected, ids(atOnce), "at once, limit " + limit);
            // Era by era reads every match twice when the sixteen recent eras hold fewer than the limit (they hold 3 + 15
            // of the 62): at once is then cheaper. Both ways tell, by a match older than those eras or by fewer matches.
            assertEquals(limit > 18, eras.atOnceNextTime(), "era by era, limit " + limit);
            assertEquals(limit > 18, atOnce.atOnceNextTime(), "at once, limit " + limit);
        }
        // Both ways page after a keyset alike.
        Match fifth = newest(query, filter, now, null, 5, false).matches().get(4);
        After after = new After(null, fifth.sortAt(), fifth.id());
        for (boolean atOnce : List.of(false, true)) {
            assertEquals(newestFirst.subList(5, 9), ids(newest(query, filter, now, after, 4, atOnce)));
        }
    }

    @Test
    void numbersErasAsQuartersFromTheEpochWhateverTheSessionTimeZone() {
        // Each instant is the last microsecond of one quarter or the first of the next, before and after 1970.
        List<OffsetDateTime> edges = new ArrayList<>();
        for (long quarter : List.of(-281L, -1L, 0L, 1L, 220L, 920L)) {
            edges.add(quarterStart(quarter).minusNanos(1000));
            edges.add(quarterStart(quarter));
        }
        for (String zone : List.of("UTC", "Asia/Bangkok", "America/St_Johns")) {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("SELECT set_config('TimeZone', ?1, true)").setParameter(1, zone).getSingleResult();
                for (OffsetDateTime at : edges) {
                    long expected = Math.floorDiv(at.toEpochSecond(), 7_889_400L);
                    Number era = (Number) em.createNativeQuery("SELECT search_era(?1)").setParameter(1, at).getSingleResult();
                    assertEquals(expected, era.longValue(), at + " in " + zone);
                    Number roundTrip = (Number) em.createNativeQuery("SELECT search_era(search_era_start(search_era(?1)))")
                            .setParameter(1, at).getSingleResult();
                    assertEquals(expected, roundTrip.longValue(), "start of the era of " + at + " in " + zone);
                }
            });
        }
    }

    @Test
    void theEraFunctionIsInlinedIntoTheStatementsThatCallIt() {
        // Not inlined, every search's walk down the eras ran its body as a separate SQL function (twice the time);
        // PostgreSQL inlines it only while its body is immutable, which extract() on a timestamptz is not.
        List<?> lines = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "EXPLAIN (VERBOSE, COSTS OFF) SELECT search_era(sort_at) FROM article_search WHERE era >= search_era(now())")
                .getResultList());
        String plan = lines.stream().map(Object::toString).collect(java.util.stream.Collectors.joining("\n"));
        assertFalse(plan.contains("search_era("), plan);
        assertTrue(plan.contains("floor("), plan);
    }

    /** The newest matches, read as a search reads them: in a transaction started with the search's settings. */
    private Newest newest(String query, ArticleFilter filter, OffsetDateTime now, After after, int limit, boolean atOnce) {
        return QuarkusTransaction.requiringNew().call(() -> {
            search.start(now);
            return search.newest(query, filter, now, after, limit, atOnce);
        });
    }

    private static OffsetDateTime quarterStart(long quarter) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(quarter * 7_889_400L), ZoneOffset.UTC);
    }

    private static String mangosteen(String section, OffsetDateTime publishedAt) {
        return createArticle(Map.of("title", "ข่าว " + unique(), "bodyText", "ราคามังคุดส่งออก", "status", "published",
                "sectionId", section, "publishedAt", publishedAt.toString()));
    }

    private static List<String> ids(Newest newest) {
        return newest.matches().stream().map(m -> m.id().toString()).toList();
    }

    @Test
    void highlightsTheSameFromTheSearchRowsStoredBodyStartAsFromTheArticlesBody() {
        String section = createSection("ต้นข่าว " + unique());
        String body = corpusArticle(3).get("body").asText() + "\n\nส่งออกทุเรียนไปจีน ทุเรียนหมอนทอง";
        String id = createArticle(Map.of("title", "ข่าว " + unique(), "bodyText", body, "status", "published", "sectionId", section,
                "publishedAt", OffsetDateTime.now().minusDays(1).toString()));
        assertEquals(1L, ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT count(*) FROM article_search WHERE article_id = CAST(?1 AS uuid) AND body_start IS NOT NULL AND body_segments IS NULL")
                .setParameter(1, id).getSingleResult())).longValue());
        List<String> fromStart = ranked(section).path("data[0].highlights");

        // A row written before body starts were stored (V22) but after segments were (V20): the article's body is read,
        // and cut on the segments.
        QuarkusTransaction.requiringNew().run(() -> {
            String stored = (String) em.createNativeQuery("SELECT body_text FROM articles WHERE id = CAST(?1 AS uuid)").setParameter(1, id).getSingleResult();
            em.createNativeQuery("UPDATE article_search SET body_start = NULL, body_segments = ?2 WHERE article_id = CAST(?1 AS uuid)")
                    .setParameter(1, id).setParameter(2, BodySegments.encode(ThaiWords.segments(stored))).executeUpdate();
        });
        List<String> fromArticle = ranked(section).path("data[0].highlights");

        assertTrue(!fromStart.isEmpty() && fromStart.get(fromStart.size() - 1).contains("<mark>ทุเรียน</mark>"), fromStart.toString());
        assertEquals(fromStart, fromArticle);
    }

    @Test
    void ranksByScoreThenByIdDescendingAndPagesAfterTheKeyset() {
        List<UUID> ids = ids().stream().sorted(SearchRepository.PG_UUID_ORDER).toList();
        // Two scores, interleaved: ties are broken by the highest id first, in PostgreSQL's order.
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            hits.add(new Hit(ids.get(i), i % 2 == 0 ? 0.5 : 0.25, AT));
        }
        List<Hit> expected = new ArrayList<>();
        for (double score : List.of(0.5, 0.25)) {
            for (int i = ids.size() - 1; i >= 0; i--) {
                if (hits.get(i).score() == score) {
                    expected.add(hits.get(i));
                }
            }
        }
        Collections.shuffle(hits, new Random(7));

        List<Hit> pages = new ArrayList<>();
        After after = null;
        List<Hit> bestFirst = SearchRepository.bestFirst(hits);
        for (List<Hit> page = SearchRepository.after(bestFirst, null, 25); !page.isEmpty(); page = SearchRepository.after(bestFirst, after, 25)) {
            pages.addAll(page);
            Hit last = page.get(page.size() - 1);
            after = new After(last.score(), null, last.id());
        }
        assertEquals(expected, pages);
        // A keyset no hit holds any more (a cursor from before a change): the page starts at the next hit in the order.
        int half = ids.size() / 2;
        assertEquals(expected.subList(half, half + 5), SearchRepository.after(bestFirst, new After(0.3, null, ids.get(0)), 5));
        assertEquals(List.of(), SearchRepository.after(bestFirst, new After(0.1, null, ids.get(ids.size() - 1)), 5));
    }
}
