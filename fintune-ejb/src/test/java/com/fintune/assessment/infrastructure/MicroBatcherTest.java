package com.fintune.assessment.infrastructure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MicroBatcherTest {

    private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
    private MicroBatcher<Integer, Integer> batcher;

    @AfterEach
    void close() {
        if (batcher != null) {
            batcher.close();
        }
    }

    @Test
    void concurrentRequestsShareABatchAndEachGetsItsOwnAnswer() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        batcher = new MicroBatcher<>(xs -> {
            await(release);
            return xs.stream().map(x -> x * 10).toList();
        }, 8, Duration.ofMillis(50), 1, Thread::new, (size, nanos) -> batchSizes.add(size));
        CompletableFuture<Integer> first = batcher.submit(0);
        Thread.sleep(100); // the first batch (of one) is now blocked in the model
        List<CompletableFuture<Integer>> rest = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            rest.add(batcher.submit(i));
        }
        release.countDown();
        assertEquals(0, first.get(5, TimeUnit.SECONDS));
        for (int i = 1; i <= 20; i++) {
            assertEquals(i * 10, rest.get(i - 1).get(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of(1, 8, 8, 4), batchSizes, "queued requests go in batches of at most 8");
    }

    @Test
    void aLoneRequestWaitsNoLongerThanMaxWait() throws Exception {
        batcher = new MicroBatcher<>(xs -> xs, 16, Duration.ofMillis(20), 1, Thread::new, null);
        long start = System.nanoTime();
        assertEquals(7, batcher.submit(7).get(5, TimeUnit.SECONDS));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "a lone request took " + millis + " ms");
    }

    @Test
    void aFailingBatchFailsEveryCallerAndTheWorkerCarriesOn() throws Exception {
        batcher = new MicroBatcher<>(xs -> {
            if (xs.contains(-1)) {
                throw new IllegalArgumentException("bad input");
            }
            return xs;
        }, 4, Duration.ZERO, 1, Thread::new, null);
        ExecutionException e = assertThrows(ExecutionException.class, () -> batcher.submit(-1).get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof IllegalArgumentException);
        assertEquals(3, batcher.submit(3).get(5, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFullQueueRefusesAtOnceAndAnAbandonedRequestIsNotComputed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> computed = Collections.synchronizedList(new ArrayList<>());
        batcher = new MicroBatcher<>(xs -> {
            await(release);
            computed.addAll(xs);
            return xs;
        }, 1, Duration.ZERO, 1, 2, Thread::new, null);
        CompletableFuture<Integer> running = batcher.submit(1);
        Thread.sleep(100); // request 1 is in the model; the queue (capacity 2) is empty
        CompletableFuture<Integer> abandoned = batcher.submit(2);
        CompletableFuture<Integer> waiting = batcher.submit(3);
        CompletableFuture<Integer> refused = batcher.submit(4);
        ExecutionException full = assertThrows(ExecutionException.class, () -> refused.get(1, TimeUnit.SECONDS));
        assertTrue(full.getCause() instanceof QueueFullException, full.getCause().toString());
        assertTrue(full.getCause().getMessage().contains("2 requests"), full.getCause().getMessage());
        abandoned.cancel(false); // its caller timed out
        release.countDown();
        assertEquals(1, running.get(5, TimeUnit.SECONDS));
        assertEquals(3, waiting.get(5, TimeUnit.SECONDS));
        assertEquals(List.of(1, 3), computed, "the abandoned request never reached the model");
    }
}
