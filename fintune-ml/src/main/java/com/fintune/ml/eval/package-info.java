/**
 * Evaluation of a denial-reason and risk model: per-category scores, principal-reason accuracy, risk error,
 * calibration, denial AUC and fair-lending ratios, computed from plain arrays. Depends on nothing but the JDK
 * (and Jackson for the JSON form); sub-packages hold the tabular baseline and the readable report.
 */
package com.fintune.ml.eval;
