package com.fintune.ml.train.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LengthBucketsTest {
    private static int[] lengths(int n) {
        int[] l = new int[n];
        for (int i = 0; i < n; i++) l[i] = 5 + (i * 37) % 100;
        return l;
    }

    @Test
    void everyExampleOnceAndBatchesPadLittle() {
        int[] lengths = lengths(1000);
        List<int[]> batches = new LengthBuckets(16, 20).epoch(lengths, 42, 0);
        int[] seen = batches.stream().flatMapToInt(Arrays::stream).sorted().toArray();
        assertArrayEquals(java.util.stream.IntStream.range(0, 1000).toArray(), seen);
        double padded = 0;
        for (int[] b : batches) {
            int max = Arrays.stream(b).map(i -> lengths[i]).max().orElseThrow();
            for (int i : b) padded += max - lengths[i];
        }
        assertTrue(padded / 1000 < 10, "mean padding " + padded / 1000);
    }

    @Test
    void sameSeedAndEpochRepeatDifferentEpochDiffers() {
        int[] lengths = lengths(200);
        LengthBuckets buckets = new LengthBuckets(8, 5);
        List<int[]> a = buckets.epoch(lengths, 7, 3);
        List<int[]> b = buckets.epoch(lengths, 7, 3);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i), b.get(i));
        assertNotEquals(Arrays.toString(a.get(0)), Arrays.toString(buckets.epoch(lengths, 7, 4).get(0)));
    }
}
