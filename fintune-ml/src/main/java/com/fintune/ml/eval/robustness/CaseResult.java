package com.fintune.ml.eval.robustness;

/**
 * One robustness case as the model answered it.
 *
 * @param id       the case's id in the set
 * @param kind     what it probes
 * @param base     the base application it reads
 * @param note     the note the model read (for a protected case: with the inserted sentence)
 * @param expected what the case expects, in words (e.g. "APPROVE, no reason ≥ 0.5", "DEROGATORY first")
 * @param observed what the model and policy gave, in words (decision, top reason and its probability, shift)
 * @param passed   whether the expectation holds
 */
public record CaseResult(String id, CaseKind kind, String base, String note, String expected, String observed,
                         boolean passed) {
}
