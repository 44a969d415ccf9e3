package com.fintune.ml.eval.drift;

/**
 * One column of the drift reference: its bins and the reference sample's proportion in each.
 *
 * @param proportions one per bin of {@code bins} ({@link BinScheme#size()}), summing to 1
 */
public record ReferenceColumn(String name, ColumnKind kind, BinScheme bins, double[] proportions) {

    public ReferenceColumn {
        if (proportions.length != bins.size()) {
            throw new IllegalArgumentException(name + ": " + proportions.length + " proportions for "
                    + bins.size() + " bins");
        }
        proportions = proportions.clone();
    }

    @Override
    public double[] proportions() {
        return proportions.clone();
    }
}
