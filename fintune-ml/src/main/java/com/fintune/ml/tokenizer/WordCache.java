package com.fintune.ml.tokenizer;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the BPE ids of pre-tokenised words. Bounded and thread-safe: once {@code capacity} words are held,
 * further words are computed but not stored (the policy of Hugging Face's own BPE cache), so memory stays flat
 * in a long-running server (racing writers may overshoot by at most one word each). Long words are never cached.
 * Stored arrays are shared read-only.
 */
final class WordCache {

    /** Hugging Face's default capacity. */
    static final int DEFAULT_CAPACITY = 10_000;
    static final int MAX_WORD_LENGTH = 256;

    private final ConcurrentHashMap<String, int[]> words;
    private final int capacity;

    WordCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cache capacity must be >= 0, was " + capacity);
        }
        this.capacity = capacity;
        this.words = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
    }

    int[] get(String word) {
        return capacity == 0 ? null : words.get(word);
    }

    void put(String word, int[] ids) {
        if (word.length() <= MAX_WORD_LENGTH && words.size() < capacity) {
            words.putIfAbsent(word, ids);
        }
    }

    int size() {
        return words.size();
    }
}
