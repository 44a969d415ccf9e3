/**
 * The readable form of an evaluation: a Markdown report with hand-written SVG charts (reliability diagram,
 * per-category F1 of the encoder beside the baseline, principal-reason confusion matrix). Depends only on
 * {@code com.fintune.ml.eval} and its robustness figures.
 */
package com.fintune.ml.eval.report;
