package com.fintune.ml.explain;

/** The answer the decision policy gives an underwriter (the rule: {@link DecisionPolicy}). */
public enum UnderwritingDecision {
    /** No principal reason is even possible and the risk is low: approvable as requested. */
    APPROVE,
    /**
     * An underwriter should review before a decision: a reason is possible but not confident, the risk is elevated
     * without a reason to state, or the only confident reasons are offset by the file's compensating factors.
     */
    REFER,
    /** A principal reason is predicted with confidence: an adverse action, with that reason on the notice. */
    DENY
}
