package com.fintune.ml.eval.drift;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * How one column's values are put into bins, fitted on the reference sample. A column with at most
 * {@link #MAX_CATEGORIES} distinct reference values (flags, one-hot columns, small counts) is binned by category:
 * one bin per reference value plus a last bin for any value the reference never had. Any other column is binned
 * numerically by the reference's deciles: bin i holds values up to {@code edges[i]}, the last bin everything above
 * the last edge; equal deciles (heavy ties) collapse into one edge.
 *
 * @param categories the reference's values in ascending order, or null for a numeric column
 * @param edges      upper edges of every bin but the last, ascending, or null for a category column
 */
public record BinScheme(double[] categories, double[] edges) {

    /** Columns with at most this many distinct values are binned by category. */
    public static final int MAX_CATEGORIES = 10;
    /** Numeric columns are cut at the reference's quantiles 1/10 .. 9/10. */
    public static final int QUANTILE_BINS = 10;

    public BinScheme {
        if ((categories == null) == (edges == null)) {
            throw new IllegalArgumentException("a bin scheme has either categories or edges");
        }
        categories = categories == null ? null : categories.clone();
        edges = edges == null ? null : edges.clone();
    }

    /** Fits the bins of one column on its reference values (at least one). */
    public static BinScheme fit(double[] reference) {
        if (reference.length == 0) {
            throw new IllegalArgumentException("no reference values to fit bins on");
        }
        TreeSet<Double> distinct = new TreeSet<>();
        for (double v : reference) {
            distinct.add(v);
            if (distinct.size() > MAX_CATEGORIES) {
                break;
            }
        }
        if (distinct.size() <= MAX_CATEGORIES) {
            return new BinScheme(distinct.stream().mapToDouble(Double::doubleValue).toArray(), null);
        }
        double[] sorted = reference.clone();
        Arrays.sort(sorted);
        TreeSet<Double> cuts = new TreeSet<>();
        for (int q = 1; q < QUANTILE_BINS; q++) {
            cuts.add(quantile(sorted, (double) q / QUANTILE_BINS));
        }
        cuts.remove(sorted[sorted.length - 1]); // an edge at the maximum would leave the last bin empty
        return new BinScheme(null, cuts.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Lower empirical quantile: the smallest value with at least share p of the sample at or below it. */
    static double quantile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public boolean categorical() {
        return categories != null;
    }

    @Override
    public double[] categories() {
        return categories == null ? null : categories.clone();
    }

    @Override
    public double[] edges() {
        return edges == null ? null : edges.clone();
    }

    /** Number of bins (a category column's last bin holds values the reference never had). */
    public int size() {
        return categorical() ? categories.length + 1 : edges.length + 1;
    }

    /** The bin a value falls in, 0 .. size() - 1. */
    public int binOf(double value) {
        if (categorical()) {
            int i = Arrays.binarySearch(categories, value);
            return i >= 0 ? i : categories.length;
        }
        int i = Arrays.binarySearch(edges, value);
        return i >= 0 ? i : -i - 1;
    }

    /** Counts of values per bin. */
    public long[] counts(double[] values) {
        long[] counts = new long[size()];
        for (double v : values) {
            counts[binOf(v)]++;
        }
        return counts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinScheme b && Arrays.equals(categories, b.categories) && Arrays.equals(edges, b.edges);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(categories) + Arrays.hashCode(edges);
    }

    @Override
    public String toString() {
        return categorical() ? "categories " + Arrays.toString(categories) : "edges " + Arrays.toString(edges);
    }
}
