package com.fintune.ml.train.mlm;

import com.fintune.ml.model.graph.PositionIds;
import com.fintune.ml.model.RobertaConfig;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.checkpoint.ParameterLayout;
import com.fintune.ml.model.graph.DropoutMasks;
import com.fintune.ml.model.graph.GraphNames;
import com.fintune.ml.model.graph.GraphOptions;
import com.fintune.ml.model.graph.LossWeights;
import com.fintune.ml.model.graph.RobertaGraphBuilder;
import com.fintune.ml.train.step.EmbeddingRows;
import com.fintune.ml.train.step.StepGradients;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The encoder graph with a masked-language-model head on top, as in Hugging Face's {@code RobertaLMHead}
 * (dense → GELU → LayerNorm → decoder) but decoding to the corpus vocabulary only. The chosen positions are picked
 * out of the hidden states by a one-hot selection matrix (a matrix product, whose gradient SameDiff gets right),
 * and the loss is the mean cross-entropy over them. The head's parameters live here, not in the checkpoint: the
 * fine-tuned model does not need them.
 */
public final class MaskedLmModel {
    static final String SELECT = "mlm_select";
    static final String LABELS = "mlm_labels";
    static final String LOSS = "mlm_loss";
    private static final String HEAD = "lm_head.";

    private final ModelWeights weights;
    private final CorpusVocabulary vocab;
    private final Map<String, INDArray> headParameters = new LinkedHashMap<>();
    private final SameDiff graph;
    private final List<String> gradientNames = new ArrayList<>();
    private final double dropout;
    private final org.nd4j.linalg.api.rng.Random dropoutRandom = Nd4j.getRandomFactory().getNewRandomInstance(0);

    public MaskedLmModel(ModelWeights weights, CorpusVocabulary vocab, double dropout, long seed) {
        this.weights = weights;
        this.vocab = vocab;
        this.dropout = dropout;
        RobertaConfig c = weights.config();
        int h = c.hiddenSize();
        java.util.Random random = new java.util.Random(seed);
        headParameters.put(HEAD + "dense.weight", gaussian(random, h, h));
        headParameters.put(HEAD + "dense.bias", Nd4j.zeros(DataType.FLOAT, h));
        headParameters.put(HEAD + "layer_norm.weight", Nd4j.ones(DataType.FLOAT, h));
        headParameters.put(HEAD + "layer_norm.bias", Nd4j.zeros(DataType.FLOAT, h));
        headParameters.put(HEAD + "decoder.weight", gaussian(random, vocab.size(), h));
        headParameters.put(HEAD + "decoder.bias", Nd4j.zeros(DataType.FLOAT, vocab.size()));
        this.graph = RobertaGraphBuilder.build(weights, new GraphOptions(false, false, dropout > 0,
                LossWeights.DEFAULT, true));
        addHead(c);
        for (String name : weights.arrays().keySet()) {
            if (!ParameterLayout.isHead(name) && !name.equals(ParameterLayout.WORD_EMBEDDINGS)
                    && !name.equals(ParameterLayout.POSITION_EMBEDDINGS)) {
                gradientNames.add(name);
            }
        }
        gradientNames.addAll(headParameters.keySet());
        gradientNames.add(GraphNames.WORD_ROWS);
        gradientNames.add(GraphNames.POSITION_ROWS);
    }

    private void addHead(RobertaConfig c) {
        headParameters.forEach(graph::var);
        SDVariable hidden = graph.reshape(graph.getVariable(GraphNames.LAST_HIDDEN_STATE), -1, c.hiddenSize());
        SDVariable select = graph.placeHolder(SELECT, DataType.FLOAT, -1, -1);
        SDVariable labels = graph.placeHolder(LABELS, DataType.FLOAT, -1, vocab.size());
        SDVariable chosen = graph.mmul(select, hidden);
        SDVariable dense = linear(chosen, "dense");
        SDVariable gelu = dense.mul(0.5).mul(graph.math().erf(dense.mul(1.0 / Math.sqrt(2.0))).add(1.0));
        SDVariable centered = gelu.sub(gelu.mean(true, -1));
        SDVariable variance = centered.mul(centered).mean(true, -1);
        SDVariable normed = centered.mul(graph.math().rsqrt(variance.add(c.layerNormEps())))
                .mul(graph.getVariable(HEAD + "layer_norm.weight")).add(graph.getVariable(HEAD + "layer_norm.bias"));
        SDVariable logits = linear(normed, "decoder");
        SDVariable max = logits.max(true, 1);
        SDVariable shifted = logits.sub(max);
        SDVariable logSumExp = graph.math().log(graph.math().exp(shifted).sum(true, 1));
        SDVariable picked = shifted.mul(labels).sum(true, 1);
        logSumExp.sub(picked).mean().rename(LOSS);
        graph.setLossVariables(LOSS);
    }

    private SDVariable linear(SDVariable x, String name) {
        return graph.mmul(x, graph.getVariable(HEAD + name + ".weight"), false, true, false)
                .add(graph.getVariable(HEAD + name + ".bias"));
    }

    /** Seeds the dropout masks of the next pass (a run seeds each step, so a resumed run draws the same masks). */
    public void seedDropout(long seed) {
        dropoutRandom.setSeed(seed);
    }

    /** Encoder parameters (every one but the classification heads) and the LM head's, by name; live arrays. */
    public Map<String, INDArray> parameters() {
        Map<String, INDArray> all = new LinkedHashMap<>();
        weights.arrays().forEach((k, v) -> {
            if (!ParameterLayout.isHead(k)) all.put(k, v);
        });
        all.putAll(headParameters);
        return all;
    }

    public Map<String, INDArray> headParameters() {
        return headParameters;
    }

    /** Loss and gradients of every parameter in {@link #parameters()} for one masked batch. */
    public StepGradients gradients(MaskedBatch batch, boolean training) {
        RobertaConfig c = weights.config();
        int[] flatIds = PositionIds.flattenedIds(batch.inputIds());
        int[] flatPositions = PositionIds.flattened(batch.inputIds(), c);
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(GraphNames.INPUT_IDS, Nd4j.createFromArray(batch.inputIds()));
        feed.put(GraphNames.ATTENTION_MASK, Nd4j.createFromArray(batch.attentionMask()));
        if (dropout > 0) {
            DropoutMasks.feed(graph, feed, batch.inputIds().length, batch.sequenceLength(), weights.config().hiddenSize(),
                    weights.config().numAttentionHeads(), training ? dropout : 0.0, dropoutRandom);
        }
        graph.getVariable(GraphNames.WORD_ROWS).setArray(
                EmbeddingRows.lookup(weights.get(ParameterLayout.WORD_EMBEDDINGS), flatIds));
        graph.getVariable(GraphNames.POSITION_ROWS).setArray(
                EmbeddingRows.lookup(weights.get(ParameterLayout.POSITION_EMBEDDINGS), flatPositions));
        int m = batch.targets().length;
        long rows = (long) batch.inputIds().length * batch.sequenceLength();
        INDArray select = Nd4j.zeros(DataType.FLOAT, m, rows);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, m, vocab.size());
        for (int i = 0; i < m; i++) {
            select.putScalar(i, batch.flatPositions()[i], 1f);
            labels.putScalar(i, batch.targets()[i], 1f);
        }
        feed.put(SELECT, select);
        feed.put(LABELS, labels);
        OutAndGrad out = graph.calculateGradientsAndOutputs(feed, List.of(LOSS), gradientNames);
        Map<String, INDArray> g = out.getGradients();
        Map<String, INDArray> dense = new LinkedHashMap<>();
        for (String name : parameters().keySet()) {
            if (name.equals(ParameterLayout.POSITION_EMBEDDINGS)) {
                dense.put(name, EmbeddingRows.dense(EmbeddingRows.accumulate(g.get(GraphNames.POSITION_ROWS),
                        flatPositions, c.positionPaddingRow()), c.maxPositionEmbeddings()));
            } else if (!name.equals(ParameterLayout.WORD_EMBEDDINGS)) {
                dense.put(name, g.get(name));
            }
        }
        double loss = out.getOutputs().get(LOSS).getDouble(0);
        return new StepGradients(loss, Map.of("mlm", loss), dense, ParameterLayout.WORD_EMBEDDINGS,
                EmbeddingRows.accumulate(g.get(GraphNames.WORD_ROWS), flatIds, c.padTokenId()));
    }

    private static INDArray gaussian(java.util.Random random, int rows, int cols) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) v[i] = (float) (random.nextGaussian() * 0.02);
        return Nd4j.create(v, new long[]{rows, cols}, DataType.FLOAT);
    }
}
