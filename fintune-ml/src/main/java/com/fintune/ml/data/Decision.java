package com.fintune.ml.data;

import com.fintune.ml.taxonomy.HmdaActionTaken;

/**
 * A credit decision: FinTune's outcome plus the HMDA action taken it was (or will be) reported as.
 *
 * @param outcome     APPROVE (no reason against), REFER (a human underwriter must look: an exception was used or
 *                    no credit decision was made, e.g. withdrawn), DENY (at least one reason)
 * @param actionTaken the HMDA action, or null while the application has no final action
 */
public record Decision(Outcome outcome, HmdaActionTaken actionTaken) {

    public enum Outcome { APPROVE, REFER, DENY }

    public Decision {
        if (outcome == null) {
            throw new IllegalArgumentException("decision outcome is required");
        }
        if (actionTaken != null && actionTaken.isDenial() && outcome != Outcome.DENY) {
            throw new IllegalArgumentException("HMDA action " + actionTaken.code() + " is a denial but outcome is " + outcome);
        }
    }

    public static Decision approved() {
        return new Decision(Outcome.APPROVE, HmdaActionTaken.ORIGINATED);
    }

    public static Decision denied() {
        return new Decision(Outcome.DENY, HmdaActionTaken.DENIED);
    }

    /** An exception approved by a human underwriter after referral. */
    public static Decision referredThenApproved() {
        return new Decision(Outcome.REFER, HmdaActionTaken.ORIGINATED);
    }

    /** The outcome a HMDA action corresponds to: 1, 2, 8 approve; 3, 7 deny; 4, 5, 6 no credit decision (REFER). */
    public static Decision fromHmda(HmdaActionTaken action) {
        Outcome outcome = action.isDenial() ? Outcome.DENY : action.isApproval() ? Outcome.APPROVE : Outcome.REFER;
        return new Decision(outcome, action);
    }
}
