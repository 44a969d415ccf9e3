/**
 * Serving the model: the thread-safe {@code Predictor} (texts → reason probabilities, ranked reasons, risk score) and
 * its values. Depends on {@code model}, {@code model.checkpoint}, {@code tokenizer} and {@code taxonomy}.
 */
package com.fintune.ml.model.predict;
