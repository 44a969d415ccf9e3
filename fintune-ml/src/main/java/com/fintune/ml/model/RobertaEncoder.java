package com.fintune.ml.model;

import com.fintune.ml.model.checkpoint.ModelWeights;
import com.fintune.ml.model.graph.GraphNames;
import com.fintune.ml.model.graph.GraphOptions;
import com.fintune.ml.model.graph.RobertaGraphBuilder;
import org.nd4j.autodiff.listeners.Listener;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inference graph of one model, built once and reused (rebuilding graphs in one JVM grows off-heap memory).
 * {@link #forward} is serialised: one batch runs at a time and uses all of ND4J's compute threads. The graph reads
 * the weights' live arrays, so a trainer's in-place updates are visible here.
 */
public final class RobertaEncoder {
    private final ModelWeights weights;
    private final SameDiff graph;

    public RobertaEncoder(ModelWeights weights) {
        this.weights = weights;
        this.graph = RobertaGraphBuilder.build(weights, GraphOptions.inference());
    }

    public RobertaConfig config() {
        return weights.config();
    }

    public ModelWeights weights() {
        return weights;
    }

    public ModelOutput forward(TokenBatch batch) {
        return forward(batch, EnumSet.noneOf(ExtraOutput.class));
    }

    public ModelOutput forward(TokenBatch batch, Set<ExtraOutput> extras) {
        return forward(batch, extras, List.of());
    }

    /** As {@link #forward(TokenBatch, Set)}, with SameDiff listeners (e.g. op timing) attached for this call only. */
    public synchronized ModelOutput forward(TokenBatch batch, Set<ExtraOutput> extras, List<Listener> listeners) {
        batch.validate(config());
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(GraphNames.INPUT_IDS, Nd4j.createFromArray(batch.inputIds()));
        feed.put(GraphNames.ATTENTION_MASK, Nd4j.createFromArray(batch.attentionMask()));
        if (batch.structured() != null) {
            feed.put(GraphNames.STRUCTURED_INPUTS, Nd4j.createFromArray(batch.structured()));
        }
        List<String> wanted = new ArrayList<>(List.of(GraphNames.REASON_LOGITS, GraphNames.RISK_SCORE));
        if (extras.contains(ExtraOutput.LAST_HIDDEN_STATE)) {
            wanted.add(GraphNames.LAST_HIDDEN_STATE);
        }
        if (extras.contains(ExtraOutput.CLS_EMBEDDING)) {
            wanted.add(GraphNames.CLS_EMBEDDING);
        }
        int layers = config().numHiddenLayers();
        if (extras.contains(ExtraOutput.ATTENTIONS)) {
            for (int l = 0; l < layers; l++) {
                wanted.add(GraphNames.attentionProbs(l));
            }
        }
        Map<String, INDArray> out = null;
        try {
            if (listeners.isEmpty()) {
                out = graph.output(feed, wanted);
            } else {
                out = graph.output(feed, listeners, wanted.toArray(String[]::new));
            }
            return copy(out, extras, layers);
        } finally {
            // free native memory now instead of when the garbage collector gets to the arrays
            feed.values().forEach(INDArray::close);
            if (out != null) {
                out.values().stream().filter(INDArray::closeable).forEach(INDArray::close);
            }
            SessionMemory.bound(graph);
        }
    }

    private static ModelOutput copy(Map<String, INDArray> out, Set<ExtraOutput> extras, int layers) {
        List<float[][][][]> attentions = null;
        if (extras.contains(ExtraOutput.ATTENTIONS)) {
            attentions = new ArrayList<>(layers);
            for (int l = 0; l < layers; l++) {
                attentions.add(Arrays4.toFloat4(out.get(GraphNames.attentionProbs(l))));
            }
        }
        return new ModelOutput(out.get(GraphNames.REASON_LOGITS).toFloatMatrix(),
                out.get(GraphNames.RISK_SCORE).toFloatVector(),
                extras.contains(ExtraOutput.LAST_HIDDEN_STATE) ? Arrays4.toFloat3(out.get(GraphNames.LAST_HIDDEN_STATE))
                        : null,
                extras.contains(ExtraOutput.CLS_EMBEDDING) ? out.get(GraphNames.CLS_EMBEDDING).toFloatMatrix() : null,
                attentions);
    }
}
