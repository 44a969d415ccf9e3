package com.fintune.assessment.infrastructure.cache;

/**
 * What the cache reports to /health and the metrics.
 *
 * @param backend   "redis" or "in-process"
 * @param available false while the backend fails (the service then answers uncached)
 * @param lastError the last failure's message, or null
 * @param hits      lookups answered from the cache
 * @param misses    lookups not found (including those skipped while unavailable)
 * @param errors    operations that failed
 */
public record CacheHealth(String backend, boolean available, String lastError, long hits, long misses, long errors) {

    /** Hits ÷ lookups, 0 when there were none. */
    public double hitRate() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : (double) hits / lookups;
    }
}
