package com.fintune.ml.tokenizer;

import java.util.Arrays;

/**
 * The BPE merge rules as an open-addressing hash table keyed by the pair of token ids: each entry holds the
 * merge's rank (its line in tokenizer.json; lower merges first) and the id of the merged token. Immutable after
 * construction, so it is safe to share between threads.
 */
final class MergeTable {

    private static final long EMPTY = Long.MIN_VALUE;

    private final long[] keys;
    private final int[] ranks;
    private final int[] mergedIds;
    private final int mask;
    private int size;

    MergeTable(int expectedMerges) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedMerges * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        ranks = new int[capacity];
        mergedIds = new int[capacity];
        mask = capacity - 1;
    }

    /** Adds a merge; a pair seen before keeps its first (lowest) rank, as Hugging Face does. */
    void add(int left, int right, int rank, int mergedId) {
        long key = key(left, right);
        int slot = slotOf(key);
        if (keys[slot] == key) {
            return;
        }
        if (size * 2 >= keys.length) {
            throw new IllegalStateException("merge table sized for fewer merges than were added");
        }
        keys[slot] = key;
        ranks[slot] = rank;
        mergedIds[slot] = mergedId;
        size++;
    }

    /** The rank of merging {@code left} then {@code right}, or -1 if the pair never merges. */
    int rank(int left, int right) {
        int slot = slotOf(key(left, right));
        return keys[slot] == EMPTY ? -1 : ranks[slot];
    }

    /** The id of the token that merging the pair produces; only meaningful when {@link #rank} is not -1. */
    int mergedId(int left, int right) {
        return mergedIds[slotOf(key(left, right))];
    }

    int size() {
        return size;
    }

    private int slotOf(long key) {
        int slot = (int) mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long key(int left, int right) {
        return ((long) left << 32) | (right & 0xFFFFFFFFL);
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
