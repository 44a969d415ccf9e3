package com.fintune.ml.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Copies rank-3 and rank-4 ND4J arrays into Java arrays (ND4J offers only up to matrices). */
final class Arrays4 {
    private Arrays4() {
    }

    static float[][][] toFloat3(INDArray a) {
        long[] s = a.shape();
        float[] flat = a.dup('c').data().asFloat();
        float[][][] out = new float[(int) s[0]][(int) s[1]][(int) s[2]];
        int k = 0;
        for (float[][] m : out) {
            for (float[] row : m) {
                System.arraycopy(flat, k, row, 0, row.length);
                k += row.length;
            }
        }
        return out;
    }

    static float[][][][] toFloat4(INDArray a) {
        long[] s = a.shape();
        float[] flat = a.dup('c').data().asFloat();
        float[][][][] out = new float[(int) s[0]][(int) s[1]][(int) s[2]][(int) s[3]];
        int k = 0;
        for (float[][][] t : out) {
            for (float[][] m : t) {
                for (float[] row : m) {
                    System.arraycopy(flat, k, row, 0, row.length);
                    k += row.length;
                }
            }
        }
        return out;
    }
}
