package com.fintune.ml.train.step;

/**
 * The gradient of an embedding table on the rows a batch used: {@code values[k·width … (k+1)·width)} belongs to
 * table row {@code rows[k]}; every other row's gradient is zero.
 */
public record SparseRows(int[] rows, float[] values, int width) {

    public SparseRows {
        if (values.length != rows.length * width) {
            throw new IllegalArgumentException(rows.length + " rows of width " + width + " need "
                    + rows.length * width + " values, got " + values.length);
        }
    }

    public double sumOfSquares() {
        double s = 0;
        for (float v : values) s += (double) v * v;
        return s;
    }

    public void scale(double factor) {
        for (int i = 0; i < values.length; i++) values[i] *= (float) factor;
    }
}
