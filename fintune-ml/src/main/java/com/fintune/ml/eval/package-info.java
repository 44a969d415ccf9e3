/**
 * Evaluation of a denial-reason and risk model: per-category scores, principal-reason accuracy, risk error,
 * calibration, denial AUC and fair-lending ratios, computed from plain arrays (any model's scores); depends on
 * {@code data} and {@code taxonomy} for the labelled-application adapter, never on the encoder. Sub-packages hold
 * the tabular baseline and the readable report.
 */
package com.fintune.ml.eval;
