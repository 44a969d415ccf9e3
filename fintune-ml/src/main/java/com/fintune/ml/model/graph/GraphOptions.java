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
 */
public record GraphOptions(boolean attentionOutputs, boolean loss, boolean dropout, LossWeights lossWeights,
                           boolean embeddingRowsFed) {
    public static GraphOptions inference() {
        return new GraphOptions(true, false, false, LossWeights.DEFAULT, false);
    }

    public static GraphOptions training(LossWeights weights, boolean dropout) {
        return new GraphOptions(false, true, dropout, weights, true);
    }
}
