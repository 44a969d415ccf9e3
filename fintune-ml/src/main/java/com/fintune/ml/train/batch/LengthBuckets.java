package com.fintune.ml.train.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Seeded length bucketing: shuffle the examples, cut them into pools of {@code poolBatches} batches, sort each pool
 * by length and cut it into batches (so a batch pads little), then shuffle the batch order. The same seed and epoch
 * give the same batches, which is what makes a resumed run repeat the interrupted one.
 */
public final class LengthBuckets {
    private final int batchSize;
    private final int poolBatches;

    public LengthBuckets(int batchSize, int poolBatches) {
        if (batchSize < 1 || poolBatches < 1) throw new IllegalArgumentException("sizes must be positive");
        this.batchSize = batchSize;
        this.poolBatches = poolBatches;
    }

    /** Batches of example indices for one epoch. */
    public List<int[]> epoch(int[] lengths, long seed, int epoch) {
        Random random = new Random(seed * 1_000_003L + epoch);
        List<Integer> order = new ArrayList<>(lengths.length);
        for (int i = 0; i < lengths.length; i++) order.add(i);
        Collections.shuffle(order, random);
        List<int[]> batches = new ArrayList<>();
        int pool = batchSize * poolBatches;
        for (int start = 0; start < order.size(); start += pool) {
            List<Integer> chunk = new ArrayList<>(order.subList(start, Math.min(order.size(), start + pool)));
            chunk.sort(Comparator.comparingInt(i -> lengths[i]));
            for (int b = 0; b < chunk.size(); b += batchSize) {
                batches.add(chunk.subList(b, Math.min(chunk.size(), b + batchSize)).stream()
                        .mapToInt(Integer::intValue).toArray());
            }
        }
        Collections.shuffle(batches, random);
        return batches;
    }

    /** Batches in input order, sorted by length inside (for evaluation, where order does not matter). */
    public List<int[]> sequential(int[] lengths) {
        Integer[] order = new Integer[lengths.length];
        for (int i = 0; i < lengths.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> lengths[i]));
        List<int[]> batches = new ArrayList<>();
        for (int b = 0; b < order.length; b += batchSize) {
            batches.add(Arrays.stream(order, b, Math.min(order.length, b + batchSize)).mapToInt(Integer::intValue)
                    .toArray());
        }
        return batches;
    }
}
