package com.fintune.assessment.application;

/** The prediction already has its final decision: it is written once and never changed. */
public class OutcomeAlreadyRecordedException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public OutcomeAlreadyRecordedException(RecordedOutcome existing) {
        super("Prediction " + existing.predictionId() + " already has its final decision (" + existing.decision()
                + ", recorded by " + existing.recordedBy() + " at " + existing.recordedAt() + "); it cannot be "
                + "changed.");
    }

    /** Another request recorded one between the look-up and the insert. */
    public OutcomeAlreadyRecordedException(long predictionId) {
        super("Prediction " + predictionId + " received its final decision from another request a moment ago; it "
                + "cannot be changed.");
    }
}
