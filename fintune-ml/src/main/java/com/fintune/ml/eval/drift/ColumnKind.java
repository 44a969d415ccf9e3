package com.fintune.ml.eval.drift;

/** What a drift column measures. */
public enum ColumnKind {
    /** A column of the feature pipeline's tabular vector (the model's structured input). */
    FEATURE,
    /** The model's risk score. */
    SCORE,
    /** The model's probability of one denial reason. */
    REASON,
    /** A figure of the underwriter's notes (word count, words outside the reference vocabulary). */
    TEXT
}
