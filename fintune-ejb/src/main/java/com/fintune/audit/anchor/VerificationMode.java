package com.fintune.audit.anchor;

/** How much of the chain a verification recomputes. */
public enum VerificationMode {
    /** From the latest signed checkpoint to the head (the whole chain when there is no checkpoint yet). */
    INCREMENTAL,
    /** Every entry from the first, also checked against the latest signed checkpoint: for auditors. */
    FULL
}
