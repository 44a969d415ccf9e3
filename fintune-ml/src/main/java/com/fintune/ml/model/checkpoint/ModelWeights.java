package com.fintune.ml.model.checkpoint;

import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.StructuredInputs;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All parameters of one model as float32 ND4J arrays under canonical names ({@link ParameterLayout}), checked
 * against the config's shapes. The arrays are live: a trainer that updates them in place updates every graph built
 * on them.
 */
public final class ModelWeights {
    private final RobertaConfig config;
    private final Map<String, INDArray> arrays;

    private ModelWeights(RobertaConfig config, Map<String, INDArray> arrays) {
        this.config = config;
        this.arrays = arrays;
    }

    /** Checks names and shapes: a missing, extra or mis-shaped tensor fails with its name. */
    public static ModelWeights of(RobertaConfig config, Map<String, INDArray> byCanonicalName) {
        Map<String, long[]> expected = ParameterLayout.shapes(config);
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            INDArray a = byCanonicalName.get(e.getKey());
            if (a == null) {
                throw new CheckpointException("missing tensor " + e.getKey() + " " + Arrays.toString(e.getValue()));
            }
            if (!Arrays.equals(a.shape(), e.getValue())) {
                throw new CheckpointException("tensor " + e.getKey() + " has shape " + Arrays.toString(a.shape())
                        + ", expected " + Arrays.toString(e.getValue()));
            }
            out.put(e.getKey(), a.dataType() == DataType.FLOAT ? a : a.castTo(DataType.FLOAT));
        }
        for (String name : byCanonicalName.keySet()) {
            if (!expected.containsKey(name)) {
                throw new CheckpointException("unexpected tensor " + name + " (not a parameter of this model)");
            }
        }
        return new ModelWeights(config, out);
    }

    /**
     * Random weights in Hugging Face's initialisation (linear and embedding weights N(0, 0.02), biases 0,
     * LayerNorm 1/0, the padding rows of the embedding tables 0), for benchmarks and training from scratch.
     */
    public static ModelWeights random(RobertaConfig config, long seed) {
        java.util.Random rng = new java.util.Random(seed);
        Map<String, INDArray> m = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : ParameterLayout.shapes(config).entrySet()) {
            m.put(e.getKey(), initial(e.getKey(), e.getValue(), rng));
        }
        m.get(ParameterLayout.WORD_EMBEDDINGS).getRow(config.padTokenId()).assign(0);
        if (config.positionPaddingRow() >= 0) {
            m.get(ParameterLayout.POSITION_EMBEDDINGS).getRow(config.positionPaddingRow()).assign(0);
        }
        return new ModelWeights(config, m);
    }

    static INDArray initial(String name, long[] shape, java.util.Random rng) {
        if (name.contains("LayerNorm.weight")) {
            return Nd4j.ones(DataType.FLOAT, shape);
        }
        if (name.endsWith(".bias")) {
            return Nd4j.zeros(DataType.FLOAT, shape);
        }
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        float[] values = new float[Math.toIntExact(n)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (rng.nextGaussian() * 0.02);
        }
        return Nd4j.create(values, shape, DataType.FLOAT);
    }

    /**
     * The same model reading {@code inputs} beside its text: every encoder array is shared; each head's first dense
     * weight keeps its {@code <s>} columns and gets zero columns for the structured inputs, so the widened model
     * starts out computing exactly what this one computes and learns the new columns in training.
     */
    public ModelWeights withStructuredInputs(StructuredInputs inputs) {
        RobertaConfig widened = config.withStructured(inputs);
        int hidden = config.hiddenSize();
        Map<String, INDArray> m = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : ParameterLayout.shapes(widened).entrySet()) {
            INDArray old = arrays.get(e.getKey());
            if (Arrays.equals(old.shape(), e.getValue())) {
                m.put(e.getKey(), old);
            } else {
                INDArray w = Nd4j.zeros(DataType.FLOAT, e.getValue());
                w.get(NDArrayIndex.all(), NDArrayIndex.interval(0, hidden))
                        .assign(old.get(NDArrayIndex.all(), NDArrayIndex.interval(0, hidden)));
                m.put(e.getKey(), w);
            }
        }
        return new ModelWeights(widened, m);
    }

    /**
     * The same arrays under {@code other}, a config of the same shape that differs only in what the arrays do not
     * hold (e.g. the text view a model reads).
     */
    public ModelWeights withConfig(RobertaConfig other) {
        if (!ParameterLayout.shapes(other).keySet().equals(arrays.keySet())) {
            throw new IllegalArgumentException("the config describes other parameters than these weights");
        }
        return new ModelWeights(other, new LinkedHashMap<>(arrays));
    }

    public RobertaConfig config() {
        return config;
    }

    /** Canonical name → live array, in layout order. */
    public Map<String, INDArray> arrays() {
        return Collections.unmodifiableMap(arrays);
    }

    public INDArray get(String canonicalName) {
        INDArray a = arrays.get(canonicalName);
        if (a == null) {
            throw new IllegalArgumentException("no parameter " + canonicalName);
        }
        return a;
    }

    /** Total number of parameters. */
    public long parameterCount() {
        return arrays.values().stream().mapToLong(INDArray::length).sum();
    }

    /** A deep copy (independent arrays). */
    public ModelWeights copy() {
        Map<String, INDArray> m = new LinkedHashMap<>();
        arrays.forEach((k, v) -> m.put(k, v.dup()));
        return new ModelWeights(config, m);
    }

    /** Tensors under their export names ({@link HuggingFaceNames#exportName}). */
    public List<TensorData> toTensors() {
        List<TensorData> out = new ArrayList<>();
        arrays.forEach((k, v) -> out.add(new TensorData(HuggingFaceNames.exportName(k, config.isBert()), v.shape(),
                v.dup('c').data().asFloat())));
        return out;
    }
}
