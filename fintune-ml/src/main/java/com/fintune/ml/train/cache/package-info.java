/**
 * The frozen-layer cache of fine-tuning with frozen lower layers: each example's hidden states after the frozen
 * layers, computed once by the lower part of the graph and kept compactly (real tokens only, half or single
 * precision), then handed out as padded batches to the upper part. Depends on the model graph, ND4J and
 * {@code train.batch}.
 */
package com.fintune.ml.train.cache;
