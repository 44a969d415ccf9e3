package com.fintune.ml.model;

/** Outputs beyond reason logits and risk that a caller may ask the encoder for (they cost memory and copying). */
public enum ExtraOutput {
    /** Every position's final hidden state. */
    LAST_HIDDEN_STATE,
    /** The final hidden state of {@code <s>}, the heads' input. */
    CLS_EMBEDDING,
    /** Every layer's attention probabilities. */
    ATTENTIONS
}
