package com.fintune.ml.train.step;

import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.TokenBatch;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.checkpoint.ParameterLayout;
import com.fintune.ml.model.graph.DropoutMasks;
import com.fintune.ml.model.graph.GraphNames;
import com.fintune.ml.model.graph.GraphOptions;
import com.fintune.ml.model.graph.LossWeights;
import com.fintune.ml.model.graph.PositionIds;
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
 * Forward and backward pass of the encoder's trainable graph (built once by {@link RobertaGraphBuilder} with the
 * multi-task loss {@code reasons·BCE + risk·MSE}) over live weights, with the embedding rows fed and their
 * gradients gathered by {@link EmbeddingRows}. Not thread-safe: one training loop per instance.
 */
public final class FineTuneStep {
    private final ModelWeights weights;
    private final SameDiff graph;
    private final double dropout;
    private final org.nd4j.linalg.api.rng.Random dropoutRandom = Nd4j.getRandomFactory().getNewRandomInstance(0);
    private final List<String> gradientNames = new ArrayList<>();

    public FineTuneStep(ModelWeights weights, LossWeights lossWeights, double dropout) {
        this.weights = weights;
        this.dropout = dropout;
        this.graph = RobertaGraphBuilder.build(weights, GraphOptions.training(lossWeights, dropout > 0));
        for (String name : weights.arrays().keySet()) {
            if (!name.equals(ParameterLayout.WORD_EMBEDDINGS) && !name.equals(ParameterLayout.POSITION_EMBEDDINGS)) {
                gradientNames.add(name);
            }
        }
        gradientNames.add(GraphNames.WORD_ROWS);
        gradientNames.add(GraphNames.POSITION_ROWS);
    }

    /**
     * @param inputIds      [batch][seq] padded ids
     * @param attentionMask [batch][seq] 1 for real tokens
     * @param structured    [batch][inputs] standardised structured inputs, null for a text-only model
     * @param reasonLabels  [batch][reasons] multi-hot targets
     * @param riskTargets   [batch] risk targets 0-100
     * @param training      dropout on
     */
    public StepGradients gradients(int[][] inputIds, int[][] attentionMask, float[][] structured,
                                   float[][] reasonLabels, float[] riskTargets, boolean training) {
        RobertaConfig c = weights.config();
        int[] ids = PositionIds.flattenedIds(inputIds);
        int[] positions = PositionIds.flattened(inputIds, c);
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(GraphNames.INPUT_IDS, Nd4j.createFromArray(inputIds));
        feed.put(GraphNames.ATTENTION_MASK, Nd4j.createFromArray(attentionMask));
        if (c.structuredCount() > 0) {
            new TokenBatch(inputIds, attentionMask, structured).validate(c);
            feed.put(GraphNames.STRUCTURED_INPUTS, Nd4j.createFromArray(structured));
        }
        feed.put(GraphNames.REASON_LABELS, Nd4j.createFromArray(reasonLabels));
        feed.put(GraphNames.RISK_TARGETS, Nd4j.createFromArray(riskTargets));
        if (dropout > 0) {
            DropoutMasks.feed(graph, feed, inputIds.length, inputIds[0].length, weights.config().hiddenSize(),
                    weights.config().numAttentionHeads(), training ? dropout : 0.0, dropoutRandom);
        }
        graph.getVariable(GraphNames.WORD_ROWS).setArray(
                EmbeddingRows.lookup(weights.get(ParameterLayout.WORD_EMBEDDINGS), ids));
        graph.getVariable(GraphNames.POSITION_ROWS).setArray(
                EmbeddingRows.lookup(weights.get(ParameterLayout.POSITION_EMBEDDINGS), positions));
        OutAndGrad out = graph.calculateGradientsAndOutputs(feed,
                List.of(GraphNames.LOSS, GraphNames.BCE, GraphNames.MSE), gradientNames);
        Map<String, INDArray> g = out.getGradients();
        Map<String, INDArray> dense = new LinkedHashMap<>();
        for (String name : weights.arrays().keySet()) {
            if (name.equals(ParameterLayout.POSITION_EMBEDDINGS)) {
                dense.put(name, EmbeddingRows.dense(EmbeddingRows.accumulate(g.get(GraphNames.POSITION_ROWS),
                        positions, c.positionPaddingRow()), c.maxPositionEmbeddings()));
            } else if (!name.equals(ParameterLayout.WORD_EMBEDDINGS)) {
                dense.put(name, g.get(name));
            }
        }
        SparseRows words = EmbeddingRows.accumulate(g.get(GraphNames.WORD_ROWS), ids, c.padTokenId());
        Map<String, INDArray> o = out.getOutputs();
        Map<String, Double> terms = new LinkedHashMap<>();
        terms.put("bce", o.get(GraphNames.BCE).getDouble(0));
        terms.put("mse", o.get(GraphNames.MSE).getDouble(0));
        return new StepGradients(o.get(GraphNames.LOSS).getDouble(0), terms, dense, ParameterLayout.WORD_EMBEDDINGS,
                words);
    }

    /** Seeds the dropout masks of the next pass (a run seeds each step, so a resumed run draws the same masks). */
    public void seedDropout(long seed) {
        dropoutRandom.setSeed(seed);
    }

    /** Every parameter by name (live arrays, updated in place by the optimizer). */
    public Map<String, INDArray> parameters() {
        return weights.arrays();
    }
}
