/**
 * Robustness figures of a model on a hand-written set of notes (benign remarks, negations, paraphrased reasons,
 * protected-characteristic insertions): per-case results, counts and pass rates per kind, and the failures, as plain
 * values for the evaluation JSON and report. Depends only on the JDK; the set and its harness live in
 * {@code com.fintune.ml.robustness}.
 */
package com.fintune.ml.eval.robustness;
