package com.fintune.ml.tokenizer;

import java.util.Arrays;

/**
 * Cutting token ids to fit a maximum length: from the end of the text, and for a pair Hugging Face's
 * {@code longest_first} (take a token from the longer side until both fit).
 */
final class Truncation {

    private Truncation() {
    }

    static int[] single(int[] ids, int budget) {
        return ids.length <= budget ? ids : Arrays.copyOf(ids, Math.max(0, budget));
    }

    /** Hugging Face's arithmetic: the shorter side keeps what it can; if both are long, the budget is halved. */
    static int[][] longestFirst(int[] first, int[] second, int budget) {
        int max = Math.max(0, budget);
        if (first.length + second.length <= max) {
            return new int[][] {first, second};
        }
        boolean swap = first.length > second.length;
        int shorter = Math.min(first.length, second.length);
        int longer = shorter > max ? shorter : Math.max(shorter, max - shorter);
        if (shorter + longer > max) {
            shorter = max / 2;
            longer = shorter + max % 2;
        }
        int keepFirst = swap ? longer : shorter;
        int keepSecond = swap ? shorter : longer;
        return new int[][] {Arrays.copyOf(first, keepFirst), Arrays.copyOf(second, keepSecond)};
    }
}
