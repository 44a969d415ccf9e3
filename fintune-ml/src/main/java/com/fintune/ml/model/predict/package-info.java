/**
 * Serving the model: the thread-safe {@code Predictor} (texts → reason probabilities, ranked reasons, risk score),
 * the {@code InputEncoder} and {@code BatchScorer} it shares with training's validation and evaluation, and its values. Depends on {@code model}, {@code model.checkpoint}, {@code tokenizer} and {@code taxonomy}.
 */
package com.fintune.ml.model.predict;
