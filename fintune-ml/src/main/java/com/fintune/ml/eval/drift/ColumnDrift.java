package com.fintune.ml.eval.drift;

/** The population stability index of one column between the reference and a sample of served applications. */
public record ColumnDrift(String name, ColumnKind kind, double psi) {
}
