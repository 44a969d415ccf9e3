package com.fintune.ml.train.optim;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * AdamW (Loshchilov and Hutter): Adam moments with bias correction and weight decay applied to the parameter
 * directly ({@code p -= lr·wd·p}), not through the gradient. Parameters named by {@code decayed} get decay; the
 * usual choice leaves biases and LayerNorm weights undecayed. Updates the parameter arrays in place.
 */
public final class AdamW {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final Predicate<String> decayed;
    private final Map<String, INDArray> firstMoments = new HashMap<>();
    private final Map<String, INDArray> secondMoments = new HashMap<>();
    private long steps;

    public AdamW(double beta1, double beta2, double epsilon, double weightDecay, Predicate<String> decayed) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        this.decayed = decayed;
    }

    /** Hugging Face's defaults: betas (0.9, 0.999), eps 1e-8; no decay on biases and LayerNorm weights. */
    public static AdamW standard(double weightDecay) {
        return new AdamW(0.9, 0.999, 1e-8, weightDecay, AdamW::decaysByDefault);
    }

    public static boolean decaysByDefault(String name) {
        return !name.endsWith(".bias") && !name.contains("LayerNorm") && !name.contains("layer_norm");
    }

    /** One update of every parameter that has a gradient, at learning rate {@code lr}. */
    public void step(Map<String, INDArray> parameters, Map<String, INDArray> gradients, double lr) {
        steps++;
        double correction1 = 1 - Math.pow(beta1, steps);
        double correction2 = 1 - Math.pow(beta2, steps);
        for (Map.Entry<String, INDArray> e : gradients.entrySet()) {
            INDArray p = parameters.get(e.getKey());
            if (p == null) throw new IllegalArgumentException("gradient for unknown parameter " + e.getKey());
            INDArray g = e.getValue();
            INDArray m = firstMoments.computeIfAbsent(e.getKey(), k -> p.ulike().assign(0));
            INDArray v = secondMoments.computeIfAbsent(e.getKey(), k -> p.ulike().assign(0));
            m.muli(beta1).addi(g.mul(1 - beta1));
            v.muli(beta2).addi(g.mul(g).muli(1 - beta2));
            if (weightDecay > 0 && decayed.test(e.getKey())) {
                p.muli(1 - lr * weightDecay);
            }
            INDArray denominator = Transforms.sqrt(v.div(correction2), false).addi(epsilon);
            p.subi(m.div(denominator).muli(lr / correction1));
        }
    }

    /**
     * Lazy AdamW on the rows of one table that have a gradient (as TensorFlow's LazyAdam): their moments and values
     * are updated, other rows are left alone. Call after {@link #step} of the same update (it counts the step). The
     * arrays are read and written through direct buffers, so this costs only the rows touched.
     */
    public void stepRows(String name, INDArray parameter, com.fintune.ml.train.step.SparseRows gradient, double lr) {
        if (parameter.ordering() != 'c' || parameter.isView()) {
            throw new IllegalArgumentException(name + " must be a contiguous array for row updates");
        }
        INDArray mArray = firstMoments.computeIfAbsent(name, k -> parameter.ulike().assign(0));
        INDArray vArray = secondMoments.computeIfAbsent(name, k -> parameter.ulike().assign(0));
        java.nio.FloatBuffer p = parameter.data().asNioFloat();
        java.nio.FloatBuffer m = mArray.data().asNioFloat();
        java.nio.FloatBuffer v = vArray.data().asNioFloat();
        double correction1 = 1 - Math.pow(beta1, Math.max(1, steps));
        double correction2 = 1 - Math.pow(beta2, Math.max(1, steps));
        boolean decay = weightDecay > 0 && decayed.test(name);
        int width = gradient.width();
        float[] g = gradient.values();
        for (int k = 0; k < gradient.rows().length; k++) {
            int base = gradient.rows()[k] * width;
            for (int j = 0; j < width; j++) {
                int i = base + j;
                float gi = g[k * width + j];
                float mi = (float) (beta1 * m.get(i) + (1 - beta1) * gi);
                float vi = (float) (beta2 * v.get(i) + (1 - beta2) * gi * gi);
                m.put(i, mi);
                v.put(i, vi);
                double value = p.get(i);
                if (decay) value *= 1 - lr * weightDecay;
                value -= lr * (mi / correction1) / (Math.sqrt(vi / correction2) + epsilon);
                p.put(i, (float) value);
            }
        }
    }

    public long steps() {
        return steps;
    }

    /** Moments under "m/NAME" and "v/NAME", for a resumable checkpoint. */
    public Map<String, INDArray> state() {
        Map<String, INDArray> s = new HashMap<>();
        firstMoments.forEach((k, v) -> s.put("m/" + k, v));
        secondMoments.forEach((k, v) -> s.put("v/" + k, v));
        return s;
    }

    /** Restores moments written by {@link #state()} and the step count. */
    public void restore(Map<String, INDArray> state, long stepCount) {
        firstMoments.clear();
        secondMoments.clear();
        state.forEach((k, v) -> {
            if (k.startsWith("m/")) firstMoments.put(k.substring(2), v);
            else if (k.startsWith("v/")) secondMoments.put(k.substring(2), v);
            else throw new IllegalArgumentException("unexpected optimizer state entry " + k);
        });
        steps = stepCount;
    }
}
