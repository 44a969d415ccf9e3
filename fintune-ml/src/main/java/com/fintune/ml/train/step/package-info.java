/**
 * One training step on the encoder's SameDiff graph: embedding rows looked up and their gradients gathered per
 * distinct token outside the graph (sparse, so a step costs nothing per unused vocabulary row), for fine-tuning and
 * for masked-language-model pre-training; and the step of fine-tuning with frozen lower layers, which runs only the
 * upper layers and heads from cached hidden states. Depends on {@code model} and ND4J.
 */
package com.fintune.ml.train.step;
