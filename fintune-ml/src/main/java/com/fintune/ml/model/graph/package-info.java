/**
 * Builds FinTune's RoBERTa encoder and heads as a SameDiff graph from primitives (exact-erf GELU, LayerNorm with the
 * config's epsilon, Q/K/V biases, additive padding mask),
 * whole or in two parts split at a layer (lower: embeddings to a layer's hidden states; upper: from them to the heads). Depends on {@code model} and {@code model.checkpoint}.
 */
package com.fintune.ml.model.graph;
