package com.fintune.assessment.infrastructure.cache;

import javax.cache.Cache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A string-to-string JCache that never fails its caller. When the backend throws (Redis down, timed out), the
 * failure is counted and remembered, the lookup is a miss, and the backend is left alone for {@code retryAfter}
 * so that a dead Redis adds no latency to every request; the next operation after that probes it again and a
 * success clears the failure.
 */
public final class ScoreCache implements AutoCloseable {

    private final Cache<String, String> cache;
    private final String backend;
    private final Duration retryAfter;
    private final Clock clock;
    private final AutoCloseable owner;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile Instant unavailableUntil = Instant.MIN;
    private volatile String lastError;

    public ScoreCache(Cache<String, String> cache, String backend, Duration retryAfter, Clock clock,
                      AutoCloseable owner) {
        this.cache = cache;
        this.backend = backend;
        this.retryAfter = retryAfter;
        this.clock = clock;
        this.owner = owner;
    }

    public Optional<String> get(String key) {
        if (resting()) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        try {
            String value = cache.get(key);
            recovered();
            (value == null ? misses : hits).incrementAndGet();
            return Optional.ofNullable(value);
        } catch (RuntimeException e) {
            failed(e);
            misses.incrementAndGet();
            return Optional.empty();
        }
    }

    public void put(String key, String value) {
        if (resting()) {
            return;
        }
        try {
            cache.put(key, value);
            recovered();
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    public CacheHealth health() {
        return new CacheHealth(backend, lastError == null, lastError, hits.get(), misses.get(), errors.get());
    }

    private boolean resting() {
        return clock.instant().isBefore(unavailableUntil);
    }

    private void recovered() {
        lastError = null;
    }

    private void failed(RuntimeException e) {
        errors.incrementAndGet();
        lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        unavailableUntil = clock.instant().plus(retryAfter);
    }

    @Override
    public void close() {
        try {
            if (owner != null) {
                owner.close();
            }
        } catch (Exception e) {
            lastError = "close failed: " + e.getMessage();
        }
    }
}
