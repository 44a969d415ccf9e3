/**
 * Masked-language-model pre-training of a RoBERTa started from scratch: BERT-style masking, an LM head over the
 * corpus vocabulary added to the encoder graph, and its training loop. Depends on {@code model},
 * {@code train.optim} and {@code train.batch}.
 */
package com.fintune.ml.train.mlm;
