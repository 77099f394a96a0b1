package dev.khao.search.query;

import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchSlotsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Occupies a slot until the returned latch is counted down. */
    private CountDownLatch occupy(SearchSlots slots) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        threads.submit(() -> slots.run(() -> {
            running.countDown();
            await(release);
            return null;
        }));
        assertEquals(true, running.await(5, TimeUnit.SECONDS));
        return release;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private double waiting() {
        return registry.get("khao.search.queue.waiting").gauge().value();
    }

    private void awaitWaiting(int count) throws InterruptedException {
        for (int i = 0; i < 500 && waiting() < count; i++) {
            Thread.sleep(10);
        }
        assertEquals(count, waiting());
    }

    @Test
    void aSearchBeyondTheLimitWaitsForASlotAndThenRuns() throws Exception {
        SearchSlots slots = new SearchSlots(1, Duration.ofSeconds(30), registry);
        CountDownLatch release = occupy(slots);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> slots.run(() -> "ข่าว"), threads);
        awaitWaiting(1);
        assertFalse(second.isDone());

        release.countDown();
        assertEquals("ข่าว", second.get(5, TimeUnit.SECONDS));
        assertEquals(0, waiting());
        assertEquals(2, registry.get("khao.search.queue").timer().count());
    }

    @Test
    void waitingSearchesRunInTheOrderTheyArrived() throws Exception {
        SearchSlots slots = new SearchSlots(1, Duration.ofSeconds(30), registry);
        CountDownLatch release = occupy(slots);
        List<String> ran = new CopyOnWriteArrayList<>();
        CompletableFuture<?> first = CompletableFuture.runAsync(() -> slots.run(() -> ran.add("first")), threads);
        awaitWaiting(1);
        CompletableFuture<?> second = CompletableFuture.runAsync(() -> slots.run(() -> ran.add("second")), threads);
        awaitWaiting(2);

        release.countDown();
        CompletableFuture.allOf(first, second).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("first", "second"), ran);
    }

    @Test
    void answers503WithRetryAfterWhenNoSlotFreesUpInTime() throws Exception {
        SearchSlots slots = new SearchSlots(1, Duration.ofMillis(50), registry);
        CountDownLatch release = occupy(slots);
        ProblemException busy = assertThrows(ProblemException.class, () -> slots.run(() -> "ไม่ได้คิว"));
        assertEquals(ProblemType.OVERLOADED, busy.type());
        assertEquals(503, busy.type().status());
        assertEquals(Map.of("Retry-After", "1"), busy.headers());

        // The search that timed out took no slot: once the first one ends, the next runs at once.
        release.countDown();
        assertEquals("คิวว่าง", CompletableFuture.supplyAsync(() -> slots.run(() -> "คิวว่าง"), threads).get(5, TimeUnit.SECONDS));
    }

    @Test
    void aWaitCutShortByShutdownSaysSoAndTakesNoSlot() throws Exception {
        SearchSlots slots = new SearchSlots(1, Duration.ofSeconds(30), registry);
        CountDownLatch release = occupy(slots);
        CompletableFuture<ProblemException> refused = new CompletableFuture<>();
        Thread waiter = new Thread(() -> refused.complete(assertThrows(ProblemException.class, () -> slots.run(() -> "ไม่ได้รัน"))));
        waiter.start();
        awaitWaiting(1);
        waiter.interrupt();

        ProblemException stopping = refused.get(5, TimeUnit.SECONDS);
        assertEquals(ProblemType.OVERLOADED, stopping.type());
        assertEquals("The server is shutting down; retry in a moment", stopping.getMessage());
        assertEquals(Map.of("Retry-After", "1"), stopping.headers());
        release.countDown();
        assertEquals("ต่อได้", CompletableFuture.supplyAsync(() -> slots.run(() -> "ต่อได้"), threads).get(5, TimeUnit.SECONDS));
    }

    @Test
    void aSearchThatFailsGivesItsSlotBack() {
        SearchSlots slots = new SearchSlots(1, Duration.ofMillis(50), registry);
        assertThrows(IllegalStateException.class, () -> slots.run(() -> {
            throw new IllegalStateException("ล้มเหลว");
        }));
        assertEquals("ต่อได้", slots.run(() -> "ต่อได้"));
    }
}
