package com.fintune.ml.model.graph;

/**
 * What a built graph contains beyond the inference outputs.
 *
 * @param attentionOutputs name each layer's attention probabilities as an output ({@link GraphNames#attentionProbs})
 * @param loss             add label placeholders and the loss (the trainable graph)
 * @param dropout          add dropout masks as placeholders (see {@link DropoutMasks}) for training mode
 * @param lossWeights      weights of the loss terms (used when {@code loss})
 * @param embeddingRowsFed the word- and position-embedding rows are variables ({@link GraphNames#WORD_ROWS},
 *                         {@link GraphNames#POSITION_ROWS}) whose arrays the caller sets to the looked-up rows before
 *                         each pass, instead of a gather in the graph, so that their gradients can be taken (see
 *                         {@link EmbeddingGradients})
 * @param fromLayer        first encoder layer in the graph; above 0 the graph starts from the placeholder
 *                         {@link GraphNames#HIDDEN_STATES_IN} (the output of layer {@code fromLayer - 1}) instead of
 *                         the token ids and embeddings
 * @param toLayer          layers {@code fromLayer..toLayer-1} are in the graph; -1 = up to the last layer, followed by
 *                         the heads. Below the layer count the graph ends with {@link GraphNames#HIDDEN_STATES_OUT}
 *                         and has no heads (the pass that fills a frozen-layer cache)
 */
public record GraphOptions(boolean attentionOutputs, boolean loss, boolean dropout, LossWeights lossWeights,
                           boolean embeddingRowsFed, int fromLayer, int toLayer) {

    public GraphOptions {
        if (fromLayer < 0 || (toLayer != -1 && toLayer <= fromLayer)) {
            throw new IllegalArgumentException("layer range " + fromLayer + ".." + toLayer + " is empty");
        }
        if (fromLayer > 0 && embeddingRowsFed) {
            throw new IllegalArgumentException("a graph that starts above the embeddings has no embedding rows");
        }
        if (toLayer != -1 && loss) {
            throw new IllegalArgumentException("a graph that stops below the heads has no loss");
        }
    }

    /** The whole model, embeddings to heads. */
    public GraphOptions(boolean attentionOutputs, boolean loss, boolean dropout, LossWeights lossWeights,
                        boolean embeddingRowsFed) {
        this(attentionOutputs, loss, dropout, lossWeights, embeddingRowsFed, 0, -1);
    }

    public static GraphOptions inference() {
        return new GraphOptions(true, false, false, LossWeights.DEFAULT, false);
    }

    public static GraphOptions training(LossWeights weights, boolean dropout) {
        return new GraphOptions(false, true, dropout, weights, true);
    }

    /** Embeddings and layers {@code 0..layers-1}, ending with {@link GraphNames#HIDDEN_STATES_OUT}; no dropout. */
    public static GraphOptions lowerLayers(int layers) {
        return new GraphOptions(false, false, false, LossWeights.DEFAULT, false, 0, layers);
    }

    /** Layers {@code layer..} and the heads, from {@link GraphNames#HIDDEN_STATES_IN}: inference. */
    public static GraphOptions upperInference(int layer) {
        return new GraphOptions(false, false, false, LossWeights.DEFAULT, false, layer, -1);
    }

    /** Layers {@code layer..} and the heads, from {@link GraphNames#HIDDEN_STATES_IN}, with the loss. */
    public static GraphOptions upperTraining(int layer, LossWeights weights, boolean dropout) {
        return new GraphOptions(false, true, dropout, weights, false, layer, -1);
    }

    /** True when the graph holds the embeddings (starts from the token ids). */
    public boolean hasEmbeddings() {
        return fromLayer == 0;
    }

    /** True when the graph ends with the heads. */
    public boolean hasHeads() {
        return toLayer == -1;
    }
}
