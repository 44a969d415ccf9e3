package com.fintune.ml.eval;

/** Shape checks shared by the metric calculators, so a mismatch fails with a message naming it. */
final class Arrays2 {
    private Arrays2() {
    }

    static void requireSameShape(double[][] probabilities, boolean[][] truth, int columns) {
        if (probabilities.length != truth.length) {
            throw new IllegalArgumentException("probabilities has " + probabilities.length
                    + " rows but truth has " + truth.length);
        }
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i].length != columns || truth[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " must have " + columns + " categories");
            }
        }
    }

    static void requireSameLength(String what, int expected, int actual) {
        if (expected != actual) {
            throw new IllegalArgumentException(what + " has " + actual + " entries, expected " + expected);
        }
    }
}
