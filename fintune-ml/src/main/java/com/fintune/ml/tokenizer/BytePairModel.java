package com.fintune.ml.tokenizer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The byte-level BPE model: a word's UTF-8 bytes start as one token each and are merged pair by pair, always the
 * pair with the lowest merge rank first (leftmost on ties), exactly like Hugging Face's {@code BPE} model.
 */
final class BytePairModel {

    private final Map<String, Integer> vocab;
    private final MergeTable merges;
    private final int[] byteIds = new int[256];
    private final boolean ignoreMerges;
    private final WordCache cache;

    BytePairModel(Map<String, Integer> vocab, MergeTable merges, boolean ignoreMerges, int cacheCapacity) {
        this.vocab = Map.copyOf(vocab);
        this.merges = merges;
        this.ignoreMerges = ignoreMerges;
        this.cache = new WordCache(cacheCapacity);
        for (int b = 0; b < 256; b++) {
            Integer id = vocab.get(String.valueOf(ByteLevelAlphabet.charOf(b)));
            if (id == null) {
                throw new IllegalArgumentException(String.format(
                        "model.vocab lacks the byte-level token for byte 0x%02X ('%c')", b, ByteLevelAlphabet.charOf(b)));
            }
            byteIds[b] = id;
        }
    }

    /** Appends the ids of one pre-tokenised word (raw text, before the byte-level mapping). */
    void encodeWord(String word, IdBuffer out) {
        out.addAll(wordIds(word));
    }

    /** The ids of one word; the array may be shared with the cache, so callers must not change it. */
    int[] wordIds(String word) {
        int[] ids = cache.get(word);
        if (ids == null) {
            ids = mergeWord(word.getBytes(StandardCharsets.UTF_8));
            cache.put(word, ids);
        }
        return ids;
    }

    int cachedWords() {
        return cache.size();
    }

    private int[] mergeWord(byte[] bytes) {
        if (ignoreMerges) {
            Integer whole = vocab.get(toSymbols(bytes));
            if (whole != null) {
                return new int[] {whole};
            }
        }
        int n = bytes.length;
        int[] ids = new int[n];
        int[] next = new int[n];
        int[] prev = new int[n];
        boolean[] gone = new boolean[n];
        for (int i = 0; i < n; i++) {
            ids[i] = byteIds[bytes[i] & 0xFF];
            next[i] = i + 1 < n ? i + 1 : -1;
            prev[i] = i - 1;
        }
        // queue entries: rank in the high half, left position in the low half -> lowest rank, then leftmost
        PriorityQueue<Long> queue = new PriorityQueue<>();
        for (int i = 0; i + 1 < n; i++) {
            offer(queue, ids[i], ids[i + 1], i);
        }
        int remaining = n;
        while (!queue.isEmpty()) {
            long entry = queue.poll();
            int rank = (int) (entry >>> 32);
            int left = (int) entry;
            int right = gone[left] ? -1 : next[left];
            if (right < 0 || merges.rank(ids[left], ids[right]) != rank) {
                continue; // stale: one side was merged into something else since this pair was queued
            }
            ids[left] = merges.mergedId(ids[left], ids[right]);
            gone[right] = true;
            next[left] = next[right];
            if (next[right] >= 0) {
                prev[next[right]] = left;
            }
            remaining--;
            if (prev[left] >= 0) {
                offer(queue, ids[prev[left]], ids[left], prev[left]);
            }
            if (next[left] >= 0) {
                offer(queue, ids[left], ids[next[left]], left);
            }
        }
        int[] result = new int[remaining];
        for (int i = 0, k = 0; i >= 0 && k < remaining; i = next[i]) {
            result[k++] = ids[i];
        }
        return result;
    }

    private void offer(PriorityQueue<Long> queue, int left, int right, int position) {
        int rank = merges.rank(left, right);
        if (rank >= 0) {
            queue.add(((long) rank << 32) | position);
        }
    }

    private static String toSymbols(byte[] bytes) {
        StringBuilder symbols = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            symbols.append(ByteLevelAlphabet.charOf(b));
        }
        return symbols.toString();
    }
}
