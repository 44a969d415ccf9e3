package com.fintune.ml.train.step;

import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.checkpoint.ParameterLayout;
import com.fintune.ml.model.graph.DropoutMasks;
import com.fintune.ml.model.graph.GraphNames;
import com.fintune.ml.model.graph.GraphOptions;
import com.fintune.ml.model.graph.LossWeights;
import com.fintune.ml.model.graph.RobertaGraphBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Forward and backward pass of the layers above the frozen ones plus the heads, from the frozen layers' cached hidden
 * states: only these parameters get gradients (the embeddings and lower layers are never touched, so they stay
 * bit-identical), and dropout applies only here. Also scores batches with the same upper layers without dropout
 * (validation). Not thread-safe: one training loop per instance.
 */
public final class UpperLayersStep {
    private final ModelWeights weights;
    private final SameDiff training;
    private final SameDiff inference;
    private final double dropout;
    private final org.nd4j.linalg.api.rng.Random dropoutRandom = Nd4j.getRandomFactory().getNewRandomInstance(0);
    private final List<String> trainable = new ArrayList<>();

    /** @param frozenLayers layers below this one are frozen (1 ≤ frozenLayers < the model's layer count + 1) */
    public UpperLayersStep(ModelWeights weights, int frozenLayers, LossWeights lossWeights, double dropout) {
        int layers = weights.config().numHiddenLayers();
        if (frozenLayers < 1 || frozenLayers > layers) {
            throw new IllegalArgumentException("frozenLayers must be between 1 and the model's " + layers
                    + " layers, not " + frozenLayers);
        }
        this.weights = weights;
        this.dropout = dropout;
        this.training = RobertaGraphBuilder.build(weights, GraphOptions.upperTraining(frozenLayers, lossWeights,
                dropout > 0));
        this.inference = RobertaGraphBuilder.build(weights, GraphOptions.upperInference(frozenLayers));
        for (String name : weights.arrays().keySet()) {
            if (isTrainable(name, frozenLayers)) {
                trainable.add(name);
            }
        }
    }

    /** True for the parameters of layers {@code frozenLayers..} and of the heads. */
    public static boolean isTrainable(String name, int frozenLayers) {
        if (name.startsWith("embeddings.")) {
            return false;
        }
        for (int l = 0; l < frozenLayers; l++) {
            if (name.startsWith(ParameterLayout.layerPrefix(l))) {
                return false;
            }
        }
        return true;
    }

    /** Names of the parameters this step updates, in the weights' order. */
    public List<String> trainable() {
        return List.copyOf(trainable);
    }

    /**
     * @param states        [batch·seq, hidden] hidden states after the frozen layers (padding rows any value)
     * @param attentionMask [batch][seq] 1 for real tokens
     * @param structured    [batch][inputs] standardised structured inputs, null for a text-only model
     * @param training      dropout on
     */
    public StepGradients gradients(INDArray states, int[][] attentionMask, float[][] structured,
                                   float[][] reasonLabels, float[] riskTargets, boolean training) {
        RobertaConfig c = weights.config();
        Map<String, INDArray> feed = feed(states, attentionMask, structured);
        feed.put(GraphNames.REASON_LABELS, Nd4j.createFromArray(reasonLabels));
        feed.put(GraphNames.RISK_TARGETS, Nd4j.createFromArray(riskTargets));
        if (dropout > 0) {
            DropoutMasks.feed(this.training, feed, attentionMask.length, attentionMask[0].length, c.hiddenSize(),
                    c.numAttentionHeads(), training ? dropout : 0.0, dropoutRandom);
        }
        OutAndGrad out = this.training.calculateGradientsAndOutputs(feed,
                List.of(GraphNames.LOSS, GraphNames.BCE, GraphNames.MSE), trainable);
        Map<String, INDArray> dense = new LinkedHashMap<>();
        for (String name : trainable) {
            dense.put(name, out.getGradients().get(name));
        }
        Map<String, INDArray> o = out.getOutputs();
        Map<String, Double> terms = new LinkedHashMap<>();
        terms.put("bce", o.get(GraphNames.BCE).getDouble(0));
        terms.put("mse", o.get(GraphNames.MSE).getDouble(0));
        return new StepGradients(o.get(GraphNames.LOSS).getDouble(0), terms, dense, null,
                new SparseRows(new int[0], new float[0], c.hiddenSize()));
    }

    /** Reason logits [batch][reasons] and risk scores [batch] of one batch, without dropout. */
    public Scored score(INDArray states, int[][] attentionMask, float[][] structured) {
        Map<String, INDArray> feed = feed(states, attentionMask, structured);
        Map<String, INDArray> out = inference.output(feed, GraphNames.REASON_LOGITS, GraphNames.RISK_SCORE);
        Scored scored = new Scored(out.get(GraphNames.REASON_LOGITS).toFloatMatrix(),
                out.get(GraphNames.RISK_SCORE).toFloatVector());
        out.values().stream().filter(INDArray::closeable).forEach(INDArray::close);
        return scored;
    }

    /** Outputs of {@link #score}. */
    public record Scored(float[][] reasonLogits, float[] riskScores) {
    }

    private Map<String, INDArray> feed(INDArray states, int[][] attentionMask, float[][] structured) {
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(GraphNames.HIDDEN_STATES_IN, states);
        feed.put(GraphNames.ATTENTION_MASK, Nd4j.createFromArray(attentionMask));
        if (weights.config().structuredCount() > 0) {
            if (structured == null || structured.length != attentionMask.length) {
                throw new IllegalArgumentException("this model reads structured inputs: one row per example needed");
            }
            feed.put(GraphNames.STRUCTURED_INPUTS, Nd4j.createFromArray(structured));
        }
        return feed;
    }

    /** Seeds the dropout masks of the next pass (a run seeds each step, so a resumed run draws the same masks). */
    public void seedDropout(long seed) {
        dropoutRandom.setSeed(seed);
    }
}
