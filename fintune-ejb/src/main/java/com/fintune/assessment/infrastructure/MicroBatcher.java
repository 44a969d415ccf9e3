package com.fintune.assessment.infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Gathers single requests arriving concurrently into batches for one batched call (the encoder runs a batch of
 * 8 in far less than 8 single runs). A worker takes the first waiting request, then keeps collecting until the
 * batch is full or {@code maxWait} has passed since that first request, calls the batch function once and
 * completes every caller's future. Under light load a request waits at most {@code maxWait}; a request alone in
 * the queue after the wait goes alone. The queue is bounded: a request that finds it full fails at once with
 * {@link QueueFullException} (admission control), and a request whose caller stopped waiting (its future cancelled
 * or completed) is dropped before the model runs.
 *
 * @param <I> one request
 * @param <O> its answer; the batch function returns one answer per request, in order
 */
public final class MicroBatcher<I, O> implements AutoCloseable {

    private record Pending<I, O>(I request, CompletableFuture<O> answer) {
    }

    private final Function<List<I>, List<O>> batchFunction;
    private final int maxBatch;
    private final long maxWaitNanos;
    /** Queue capacity when none is given. */
    public static final int DEFAULT_CAPACITY = 256;

    private final BlockingQueue<Pending<I, O>> queue;
    private final int capacity;
    private final List<Thread> workers = new ArrayList<>();
    private final BatchSizeObserver observer;
    private volatile boolean closed;

    /** Notified of every batch run (for the batch-size histogram). */
    @FunctionalInterface
    public interface BatchSizeObserver {
        void batchRan(int size, long nanos);
    }

    public MicroBatcher(Function<List<I>, List<O>> batchFunction, int maxBatch, Duration maxWait, int workerCount,
                        ThreadFactory threads, BatchSizeObserver observer) {
        this(batchFunction, maxBatch, maxWait, workerCount, DEFAULT_CAPACITY, threads, observer);
    }

    /** @param capacity requests that may wait at once; more are refused with {@link QueueFullException} */
    public MicroBatcher(Function<List<I>, List<O>> batchFunction, int maxBatch, Duration maxWait, int workerCount,
                        int capacity, ThreadFactory threads, BatchSizeObserver observer) {
        if (maxBatch < 1 || workerCount < 1 || capacity < 1 || maxWait.isNegative()) {
            throw new IllegalArgumentException("maxBatch, workers and capacity must be >= 1 and maxWait >= 0");
        }
        this.capacity = capacity;
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.batchFunction = batchFunction;
        this.maxBatch = maxBatch;
        this.maxWaitNanos = maxWait.toNanos();
        this.observer = observer;
        for (int i = 0; i < workerCount; i++) {
            Thread t = threads.newThread(this::work);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** Queues one request; the future completes with its answer or with the batch function's failure. */
    public CompletableFuture<O> submit(I request) {
        CompletableFuture<O> answer = new CompletableFuture<>();
        if (closed) {
            answer.completeExceptionally(new IllegalStateException("the micro-batcher is closed"));
            return answer;
        }
        if (!queue.offer(new Pending<>(request, answer))) {
            answer.completeExceptionally(new QueueFullException(capacity));
        }
        return answer;
    }

    private void work() {
        List<Pending<I, O>> batch = new ArrayList<>(maxBatch);
        while (!closed) {
            try {
                Pending<I, O> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                collect(batch);
                run(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
    }

    private void collect(List<Pending<I, O>> batch) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitNanos;
        while (batch.size() < maxBatch) {
            queue.drainTo(batch, maxBatch - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= maxBatch || left <= 0) {
                return;
            }
            Pending<I, O> next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    /** Requests waiting for the model now (for the queue-depth gauge). */
    public int waiting() {
        return queue.size();
    }

    private void run(List<Pending<I, O>> batch) {
        batch.removeIf(p -> p.answer().isDone());   // the caller timed out or went away: do not compute it
        if (batch.isEmpty()) {
            return;
        }
        List<I> requests = new ArrayList<>(batch.size());
        for (Pending<I, O> p : batch) {
            requests.add(p.request());
        }
        long start = System.nanoTime();
        List<O> answers;
        try {
            answers = batchFunction.apply(requests);
            if (answers.size() != batch.size()) {
                throw new IllegalStateException("batch of " + batch.size() + " got " + answers.size() + " answers");
            }
        } catch (RuntimeException | Error e) {
            observe(batch.size(), start);
            for (Pending<I, O> p : batch) {
                p.answer().completeExceptionally(e);
            }
            return;
        }
        observe(batch.size(), start);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer().complete(answers.get(i));
        }
    }

    private void observe(int size, long start) {
        if (observer != null) {
            observer.batchRan(size, System.nanoTime() - start);
        }
    }

    /** Stops the workers; requests still queued fail. */
    @Override
    public void close() {
        closed = true;
        for (Thread t : workers) {
            t.interrupt();
        }
        Pending<I, O> p;
        while ((p = queue.poll()) != null) {
            p.answer().completeExceptionally(new IllegalStateException("the micro-batcher was closed"));
        }
    }
}
