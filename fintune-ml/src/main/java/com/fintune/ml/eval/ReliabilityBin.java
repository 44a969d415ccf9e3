package com.fintune.ml.eval;

/**
 * One bin of a reliability diagram: predictions whose probability fell in [lower, upper).
 *
 * @param meanConfidence    mean predicted probability in the bin
 * @param observedFrequency share of those predictions whose label was actually positive
 */
public record ReliabilityBin(double lower, double upper, int count, double meanConfidence,
                             double observedFrequency) {
}
