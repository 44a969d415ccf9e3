package com.fintune.ml.model;

import com.fintune.ml.model.checkpoint.Checkpoint;
import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.checkpoint.ParameterLayout;
import com.fintune.ml.model.graph.DropoutMasks;
import com.fintune.ml.model.graph.EmbeddingGradients;
import com.fintune.ml.model.graph.GraphNames;
import com.fintune.ml.model.graph.GraphOptions;
import com.fintune.ml.model.graph.LossWeights;
import com.fintune.ml.model.graph.PositionIds;
import com.fintune.ml.model.graph.RobertaGraphBuilder;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model as something to train: one SameDiff graph (built once) with label placeholders, the loss
 * {@code reasons·BCE + risk·MSE((risk − target)/100)} ({@link LossWeights}) and optional dropout.
 *
 * <p>Typical use by an optimiser:
 * <pre>{@code
 * TrainableRoberta model = new TrainableRoberta(checkpoint.weights(), LossWeights.DEFAULT, 0.1);
 * GradientResult r = model.gradients(batch, true);          // forward + backward, dropout on
 * for (var e : model.parameters().entrySet())                // update the live arrays in place
 *     e.getValue().subi(r.gradients().get(e.getKey()).mul(lr));
 * model.loss(devBatch);                                       // evaluation: dropout off
 * model.toCheckpoint(tokenizerBytes).save(dir, TensorDType.F32);
 * }</pre>
 * Gradients cover every parameter, embeddings included (see {@link EmbeddingGradients} for how the embedding tables'
 * gradients are formed). Parameters are the live arrays of the {@link ModelWeights} given at construction, so a
 * {@link RobertaEncoder} built on the same weights sees each update. Not thread-safe: one training loop per instance.
 */
public final class TrainableRoberta {
    private final ModelWeights weights;
    private final SameDiff graph;
    private final double dropoutRate;
    private final List<String> graphGradientNames = new ArrayList<>();
    private final org.nd4j.linalg.api.rng.Random dropoutRandom;

    /**
     * @param dropoutRate dropout probability used when {@code gradients(batch, true)}; 0 builds no dropout ops.
     *                    Applied where Hugging Face applies it: embeddings, attention probabilities, attention and
     *                    feed-forward outputs, and before each head's dense layers.
     */
    public TrainableRoberta(ModelWeights weights, LossWeights lossWeights, double dropoutRate) {
        this(weights, lossWeights, dropoutRate, 42L);
    }

    /** As above, with the seed of the dropout masks (a run is reproducible from it). */
    public TrainableRoberta(ModelWeights weights, LossWeights lossWeights, double dropoutRate, long dropoutSeed) {
        this.dropoutRandom = Nd4j.getRandomFactory().getNewRandomInstance(dropoutSeed);
        if (dropoutRate < 0 || dropoutRate >= 1) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1): " + dropoutRate);
        }
        this.weights = weights;
        this.dropoutRate = dropoutRate;
        this.graph = RobertaGraphBuilder.build(weights, GraphOptions.training(lossWeights, dropoutRate > 0));
        for (String name : weights.arrays().keySet()) {
            if (!name.equals(ParameterLayout.WORD_EMBEDDINGS) && !name.equals(ParameterLayout.POSITION_EMBEDDINGS)) {
                graphGradientNames.add(name);
            }
        }
        graphGradientNames.add(GraphNames.WORD_ROWS);
        graphGradientNames.add(GraphNames.POSITION_ROWS);
    }

    public RobertaConfig config() {
        return weights.config();
    }

    public ModelWeights weights() {
        return weights;
    }

    /** Canonical name → live parameter array; update these in place. */
    public Map<String, INDArray> parameters() {
        return weights.arrays();
    }

    /** Forward and backward pass; {@code training} turns dropout on (when built with a rate above 0). */
    public GradientResult gradients(TrainingBatch batch, boolean training) {
        Map<String, INDArray> feed = feed(batch, training);
        OutAndGrad result = graph.calculateGradientsAndOutputs(feed,
                List.of(GraphNames.LOSS, GraphNames.BCE, GraphNames.MSE), graphGradientNames);
        Map<String, INDArray> grads = result.getGradients();
        Map<String, INDArray> out = new LinkedHashMap<>();
        RobertaConfig c = config();
        for (String name : weights.arrays().keySet()) {
            if (name.equals(ParameterLayout.WORD_EMBEDDINGS)) {
                out.put(name, EmbeddingGradients.scatterAdd(grads.get(GraphNames.WORD_ROWS),
                        PositionIds.flattenedIds(batch.tokens().inputIds()), c.vocabSize(), c.padTokenId()));
            } else if (name.equals(ParameterLayout.POSITION_EMBEDDINGS)) {
                out.put(name, EmbeddingGradients.scatterAdd(grads.get(GraphNames.POSITION_ROWS),
                        PositionIds.flattened(batch.tokens().inputIds(), c), c.maxPositionEmbeddings(),
                        c.positionPaddingRow()));
            } else {
                out.put(name, grads.get(name));
            }
        }
        return new GradientResult(lossValues(result.getOutputs()), out);
    }

    /** Loss of a batch without dropout and without gradients (evaluation). */
    public LossValues loss(TrainingBatch batch) {
        return lossValues(graph.output(feed(batch, false), GraphNames.LOSS, GraphNames.BCE, GraphNames.MSE));
    }

    /** The current weights as a checkpoint (shares the live arrays; saving copies them). */
    public Checkpoint toCheckpoint(byte[] tokenizerJson) {
        return new Checkpoint(weights.config(), weights, tokenizerJson);
    }

    private Map<String, INDArray> feed(TrainingBatch batch, boolean training) {
        TokenBatch tokens = batch.tokens().validate(config());
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(GraphNames.INPUT_IDS, Nd4j.createFromArray(tokens.inputIds()));
        feed.put(GraphNames.ATTENTION_MASK, Nd4j.createFromArray(tokens.attentionMask()));
        if (tokens.structured() != null) {
            feed.put(GraphNames.STRUCTURED_INPUTS, Nd4j.createFromArray(tokens.structured()));
        }
        int pad = config().padTokenId();
        graph.getVariable(GraphNames.WORD_ROWS).setArray(EmbeddingGradients.lookup(
                weights.get(ParameterLayout.WORD_EMBEDDINGS), PositionIds.flattenedIds(tokens.inputIds())));
        graph.getVariable(GraphNames.POSITION_ROWS).setArray(EmbeddingGradients.lookup(
                weights.get(ParameterLayout.POSITION_EMBEDDINGS), PositionIds.flattened(tokens.inputIds(), config())));
        feed.put(GraphNames.REASON_LABELS, Nd4j.createFromArray(batch.reasonLabels()));
        feed.put(GraphNames.RISK_TARGETS, Nd4j.createFromArray(batch.riskTargets()));
        if (dropoutRate > 0) {
            RobertaConfig c = config();
            DropoutMasks.feed(graph, feed, tokens.batchSize(), tokens.sequenceLength(), c.hiddenSize(),
                    c.numAttentionHeads(), training ? dropoutRate : 0.0, dropoutRandom);
        }
        return feed;
    }

    private static LossValues lossValues(Map<String, INDArray> out) {
        return new LossValues(out.get(GraphNames.LOSS).getDouble(0), out.get(GraphNames.BCE).getDouble(0),
                out.get(GraphNames.MSE).getDouble(0));
    }
}
