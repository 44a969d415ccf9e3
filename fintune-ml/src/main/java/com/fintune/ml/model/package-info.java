/**
 * The RoBERTa / BERT encoder as FinTune uses it: configuration, the SameDiff encoder with its two heads (denial reasons, risk
 * score), inference outputs, the trainable graph, and the thread-safe {@code Predictor}. Depends on ND4J/SameDiff,
 * {@code tokenizer} and {@code taxonomy}; never on training, evaluation or Jakarta code.
 */
package com.fintune.ml.model;
