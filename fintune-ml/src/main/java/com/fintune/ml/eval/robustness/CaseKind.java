package com.fintune.ml.eval.robustness;

import java.util.Locale;

/** What a robustness case probes, and so what it expects. */
public enum CaseKind {
    /** A remark on a topic that sounds like a reason but is fine: APPROVE, no reason at 0.5 or more. */
    BENIGN("benign remark", "APPROVE, no reason ≥ 0.5"),
    /** A negated reason ("no late payments"): APPROVE, no reason at 0.5 or more. */
    NEGATION("negation", "APPROVE, no reason ≥ 0.5"),
    /** An adverse reason in the underwriter's own words: the expected reason ranked first. */
    PARAPHRASE("paraphrased reason", "expected reason ranked first"),
    /** A protected-characteristic sentence inserted into a note: nothing moves. */
    PROTECTED("protected-word insertion", "every probability within 0.02, risk within 2 points, same decision"),
    /**
     * A whole hand-written application (a base with some fields changed, and a note) with the decision a lender
     * would make: that decision (APPROVE or DENY; REFER matches neither), and for a DENY the expected reason at 0.5
     * or more when the case names one.
     */
    DECISION("lender's decision", "the lender's decision; a DENY with the expected reason ≥ 0.5");

    private final String words;
    private final String expectation;

    CaseKind(String words, String expectation) {
        this.words = words;
        this.expectation = expectation;
    }

    public String words() {
        return words;
    }

    /** What a case of this kind must show to pass. */
    public String expectation() {
        return expectation;
    }

    /** "benign", "negation", "paraphrase", "protected" or "decision", in any case. */
    public static CaseKind parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind \"" + name + "\" is not one of benign, negation, paraphrase,"
                    + " protected, decision", e);
        }
    }
}
