package dev.khao.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.article.ArticleRequest;
import dev.khao.article.ArticleService;
import dev.khao.article.ArticleStatus;
import dev.khao.concurrency.Precondition;
import dev.khao.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sync API never skips a change, even when transactions commit in another order than they wrote. Writers hold
 * their transactions open across each other's commits (through the services, in transactions of their own, exactly
 * as requests write), so log rows become visible out of sequence order.
 */
@QuarkusTest
class SyncConsistencyTest {

    private static final int WRITERS = 4;
    private static final int OPERATIONS = 25;

    @Inject
    ArticleService articles;

    @Test
    void aTransactionThatWroteFirstButCommitsLastIsNotSkipped() throws Exception {
        SyncReplica replica = new SyncReplica();
        replica.catchUp();
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        AtomicReference<UUID> first = new AtomicReference<>();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> t1 = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                first.set(articles.create(article("เขียนก่อน ปิดทีหลัง " + TestData.unique(), ArticleStatus.PUBLISHED, List.of())).id());
                firstWrote.countDown();
                await(commitFirst);
            }));
            assertTrue(firstWrote.await(30, TimeUnit.SECONDS));
            UUID second = QuarkusTransaction.requiringNew().call(() ->
                    articles.create(article("เขียนทีหลัง ปิดก่อน " + TestData.unique(), ArticleStatus.PUBLISHED, List.of())).id());

            List<JsonNode> whileOpen = replica.catchUp();
            assertFalse(SyncReplica.keys(whileOpen, "upsert").contains(SyncReplica.key("article", first.get().toString())),
                    "an uncommitted article is never sent");

            commitFirst.countDown();
            t1.get(30, TimeUnit.SECONDS);
            replica.catchUp();

            assertTrue(replica.items.containsKey(SyncReplica.key("article", first.get().toString())),
                    "the article of the transaction that committed last arrives after it commits");
            assertTrue(replica.items.containsKey(SyncReplica.key("article", second.toString())));
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aReplicaFollowingSyncDuringConcurrentWritesEndsEqualToThePublicState() throws Exception {
        List<UUID> sections = List.of(section(), section(), section());
        List<UUID> tags = List.of(tag(), tag(), tag(), tag());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            // The reader starts from scratch while the writers write: the initial listing races them too.
            SyncReplica replica = new SyncReplica();
            Future<?> reader = pool.submit(() -> {
                while (writing.get()) {
                    replica.catchUp();
                    SyncResourceTest.pause();
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                long seed = 7919L * (w + 1);
                writers.add(pool.submit(() -> write(new Random(seed), sections, tags)));
            }
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            reader.get(5, TimeUnit.MINUTES);

            // A transaction of the app (a webhook claim, say) may still hold the boundary back for a moment: the
            // replica must then catch up on the next call. A skipped change would never arrive, and fail here.
            Map<String, JsonNode> expected = SyncReplica.publicState();
            Instant deadline = Instant.now().plusSeconds(10);
            replica.catchUp();
            while (!expected.equals(replica.items) && Instant.now().isBefore(deadline)) {
                SyncResourceTest.pause();
                replica.catchUp();
            }
            assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(replica.items.keySet()), "the same resources");
            expected.forEach((key, value) -> assertEquals(value, replica.items.get(key), key));
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    /** One writer: creates, edits, unpublishes, republishes and deletes its own articles, each in a transaction held open a while. */
    private Void write(Random random, List<UUID> sections, List<UUID> tags) {
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; i < OPERATIONS; i++) {
            int op = mine.isEmpty() ? 0 : random.nextInt(5);
            UUID target = mine.isEmpty() ? null : mine.get(random.nextInt(mine.size()));
            ArticleStatus status = random.nextInt(4) == 0 ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED;
            List<UUID> picked = random.nextBoolean() ? List.of(tags.get(random.nextInt(tags.size()))) : List.of();
            UUID section = sections.get(random.nextInt(sections.size()));
            long hold = random.nextInt(40);
            QuarkusTransaction.requiringNew().run(() -> {
                switch (op) {
                    case 0 -> mine.add(articles.create(article("ข่าวพร้อมกัน " + TestData.unique(), status, picked, section)).id());
                    case 1, 2 -> articles.replace(target, article("แก้ไขแล้ว " + TestData.unique(), status, picked, section), Precondition.NONE);
                    case 3 -> articles.replace(target, article("ถอนข่าว " + TestData.unique(), ArticleStatus.DRAFT, picked, section), Precondition.NONE);
                    default -> articles.delete(target, Precondition.NONE, false);
                }
                // Held open so other writers commit while this one has written but not committed.
                sleep(hold);
            });
            if (op == 4) {
                mine.remove(target);
            }
        }
        return null;
    }

    private static ArticleRequest article(String title, ArticleStatus status, List<UUID> tags) {
        return article(title, status, tags, null);
    }

    private static ArticleRequest article(String title, ArticleStatus status, List<UUID> tags, UUID section) {
        return new ArticleRequest(null, null, title, null, "สรุปข่าว", null, "เนื้อหาข่าวภาษาไทย", null, section, tags, List.of(), List.of(),
                status, null, null, null, null, null, List.of(), null);
    }

    private static UUID section() {
        return UUID.fromString(TestData.createSection("โต๊ะข่าว " + TestData.unique()));
    }

    private static UUID tag() {
        return UUID.fromString(TestData.createTag("ประเด็น " + TestData.unique()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
