package com.fintune.ml.model.checkpoint;

import java.util.Arrays;

/**
 * One named tensor as float32 values in row-major order, whatever type it was stored in.
 *
 * @param name   the name as written in the file
 * @param shape  dimensions, outermost first
 * @param values row-major values; length is the product of {@code shape}
 */
public record TensorData(String name, long[] shape, float[] values) {
    public TensorData {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        if (n != values.length) {
            throw new IllegalArgumentException("tensor " + name + ": shape " + Arrays.toString(shape)
                    + " needs " + n + " values, got " + values.length);
        }
    }

    public String shapeText() {
        return Arrays.toString(shape);
    }
}
