package com.fintune.ml.explain;

/** The answer the decision policy gives an underwriter. */
public enum UnderwritingDecision {
    /** No principal reason is likely and the risk is low: approvable as requested. */
    APPROVE,
    /** The evidence is mixed: a human underwriter should review before a decision. */
    REFER,
    /** A principal reason is likely and the risk is high: an adverse-action notice is indicated. */
    DENY
}
