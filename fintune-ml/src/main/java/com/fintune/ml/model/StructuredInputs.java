package com.fintune.ml.model;

import java.util.Arrays;
import java.util.List;

/**
 * The structured (tabular) inputs a model reads beside its text: the feature pipeline's numbers, flags and one-hot
 * categories, by name and in order, with the mean and scale each is standardised with (fitted on the training split
 * and stored in {@code config.json} as {@code fintune_structured_inputs}). The heads read {@code [<s> embedding;
 * standardised inputs]}; a model without structured inputs (every imported Hugging Face checkpoint) reads text only.
 *
 * @param names column names, in the order the values are given
 * @param mean  per-column mean subtracted before scaling
 * @param scale per-column divisor (the training standard deviation, 1 where that was 0)
 */
public record StructuredInputs(List<String> names, double[] mean, double[] scale) {

    /** Standardised values are clipped to ±this, so one absurd input cannot swamp the heads. */
    public static final double CLIP = 8.0;

    public StructuredInputs {
        names = List.copyOf(names);
        mean = mean.clone();
        scale = scale.clone();
        if (names.isEmpty() || mean.length != names.size() || scale.length != names.size()) {
            throw new IllegalArgumentException("structured inputs need one mean and one scale per name: "
                    + names.size() + " names, " + mean.length + " means, " + scale.length + " scales");
        }
        for (int i = 0; i < scale.length; i++) {
            if (!(scale[i] > 0) || !Double.isFinite(mean[i]) || !Double.isFinite(scale[i])) {
                throw new IllegalArgumentException("structured input " + names.get(i) + " has mean " + mean[i]
                        + " and scale " + scale[i] + " (need finite values and a positive scale)");
            }
        }
    }

    /** Mean and standard deviation of each column over {@code rows} (a constant column gets scale 1). */
    public static StructuredInputs fit(List<String> names, List<double[]> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("cannot fit structured inputs on no rows");
        }
        int n = names.size();
        double[] mean = new double[n];
        double[] sq = new double[n];
        for (double[] r : rows) {
            if (r.length != n) {
                throw new IllegalArgumentException("row of " + r.length + " values for " + n + " structured inputs");
            }
            for (int i = 0; i < n; i++) {
                mean[i] += r[i];
            }
        }
        for (int i = 0; i < n; i++) {
            mean[i] /= rows.size();
        }
        for (double[] r : rows) {
            for (int i = 0; i < n; i++) {
                sq[i] += (r[i] - mean[i]) * (r[i] - mean[i]);
            }
        }
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            double sd = Math.sqrt(sq[i] / rows.size());
            scale[i] = sd > 1e-9 ? sd : 1.0;
        }
        return new StructuredInputs(names, mean, scale);
    }

    public int count() {
        return names.size();
    }

    /** {@code (raw − mean) / scale}, clipped to ±{@link #CLIP}; the row must have one finite value per name. */
    public float[] standardize(double[] raw) {
        if (raw == null || raw.length != names.size()) {
            throw new IllegalArgumentException("the model reads " + names.size() + " structured inputs, got "
                    + (raw == null ? "none" : raw.length));
        }
        float[] out = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (!Double.isFinite(raw[i])) {
                throw new IllegalArgumentException("structured input " + names.get(i) + " is " + raw[i]);
            }
            double z = (raw[i] - mean[i]) / scale[i];
            out[i] = (float) Math.max(-CLIP, Math.min(CLIP, z));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructuredInputs s && names.equals(s.names) && Arrays.equals(mean, s.mean)
                && Arrays.equals(scale, s.scale);
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + Arrays.hashCode(mean);
    }

    @Override
    public String toString() {
        return "StructuredInputs" + names;
    }
}
