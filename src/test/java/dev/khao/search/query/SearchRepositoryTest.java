package dev.khao.search.query;

import dev.khao.search.query.SearchRepository.After;
import dev.khao.search.query.SearchRepository.Hit;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SearchRepositoryTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2024-05-01T09:30:00+07:00");

    @Inject
    EntityManager em;

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
        for (List<Hit> page = SearchRepository.best(hits, null, 25); !page.isEmpty(); page = SearchRepository.best(hits, after, 25)) {
            pages.addAll(page);
            Hit last = page.get(page.size() - 1);
            after = new After(last.score(), null, last.id());
        }
        assertEquals(expected, pages);
    }
}
