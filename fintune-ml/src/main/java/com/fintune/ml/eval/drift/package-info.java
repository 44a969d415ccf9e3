/**
 * Drift of served applications against the training data: bins fitted on a reference sample, the population
 * stability index per tabular feature, risk score, reason probability and note text, and the reference file
 * ({@code drift-reference.json}) that carries them. Plain arrays and fintune-ml records only; depends on
 * {@code features}, {@code serving} (model scores) and {@code taxonomy}, never on a database.
 */
package com.fintune.ml.eval.drift;
