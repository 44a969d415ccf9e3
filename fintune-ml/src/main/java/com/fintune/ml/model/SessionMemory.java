package com.fintune.ml.model;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
import org.nd4j.autodiff.samediff.internal.memory.ArrayCacheMemoryMgr;

/**
 * Caps SameDiff's per-thread array cache. By default each inference session keeps released intermediate arrays for
 * reuse up to a quarter of the machine's memory; with inputs of many lengths (every text is a different shape) that
 * cache kept growing over thousands of predictions. Capped, the resident size levels off.
 */
public final class SessionMemory {
    /** Enough for the intermediates of a RoBERTa-base pass at batch 32 × 128 tokens to be reused. */
    static final long CACHE_BYTES = 256L * 1024 * 1024;

    private SessionMemory() {
    }

    public static void bound(SameDiff graph) {
        for (InferenceSession session : graph.getSessions().values()) {
            if (session.getMmgr() instanceof ArrayCacheMemoryMgr cache && cache.getMaxCacheBytes() > CACHE_BYTES) {
                cache.setMaxCacheBytes(CACHE_BYTES);
            }
        }
    }
}
