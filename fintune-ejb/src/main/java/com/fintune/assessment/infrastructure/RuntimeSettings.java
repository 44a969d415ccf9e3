package com.fintune.assessment.infrastructure;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The model runtime's settings (MicroProfile Config keys, documented in docs/operations.md), with defaults.
 *
 * @param modelDir          fintune.model.dir: a checkpoint directory; empty = the shipped model on the class path
 * @param tokenizerJson     fintune.model.tokenizer: a tokenizer.json to use instead of the checkpoint's own
 * @param maxLength         fintune.model.max-length: tokens per application (512), capped by the model's position table
 *                          (192 for the shipped model, the length it was trained and evaluated at)
 * @param maxBatch          fintune.model.max-batch: largest micro-batch (16)
 * @param maxWait           fintune.model.max-wait-ms: how long a micro-batch waits for company (3 ms)
 * @param workers           fintune.model.workers: batches run at once (1: ND4J already uses every core)
 * @param timeout           fintune.model.timeout-ms: longest a request waits for the model (30 s)
 * @param queueCapacity     fintune.model.queue-capacity: requests that may wait for the model at once (256); more are
 *                          refused at once with 503 and Retry-After
 * @param redisUrl          fintune.redis.url: redis://host:port; empty = in-process cache
 * @param cacheTtl          fintune.cache.ttl-seconds: how long scores stay cached (3600)
 * @param redisTimeout      fintune.cache.redis-timeout-ms: per Redis call (250 ms)
 * @param cacheRetryAfter   fintune.cache.retry-after-ms: pause before trying a failed Redis again (5000 ms)
 */
public record RuntimeSettings(Optional<String> modelDir, Optional<String> tokenizerJson, int maxLength, int maxBatch,
                              Duration maxWait, int workers, Duration timeout, int queueCapacity,
                              Optional<String> redisUrl,
                              Duration cacheTtl, Duration redisTimeout, Duration cacheRetryAfter) {

    public static RuntimeSettings from(Function<String, Optional<String>> config) {
        Reader r = new Reader(config);
        return new RuntimeSettings(r.text("fintune.model.dir"), r.text("fintune.model.tokenizer"),
                r.integer("fintune.model.max-length", 512), r.integer("fintune.model.max-batch", 16),
                Duration.ofMillis(r.integer("fintune.model.max-wait-ms", 3)), r.integer("fintune.model.workers", 1),
                Duration.ofMillis(r.integer("fintune.model.timeout-ms", 30_000)),
                r.integer("fintune.model.queue-capacity", MicroBatcher.DEFAULT_CAPACITY), r.text("fintune.redis.url"),
                Duration.ofSeconds(r.integer("fintune.cache.ttl-seconds", 3600)),
                Duration.ofMillis(r.integer("fintune.cache.redis-timeout-ms", 250)),
                Duration.ofMillis(r.integer("fintune.cache.retry-after-ms", 5000)));
    }

    private record Reader(Function<String, Optional<String>> config) {
        Optional<String> text(String key) {
            return config.apply(key).map(String::trim).filter(s -> !s.isEmpty());
        }

        int integer(String key, int fallback) {
            Optional<String> raw = text(key);
            try {
                return raw.map(Integer::parseInt).orElse(fallback);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a whole number, was '" + raw.get() + "'", e);
            }
        }
    }
}
