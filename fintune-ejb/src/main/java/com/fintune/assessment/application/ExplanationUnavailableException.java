package com.fintune.assessment.application;

/**
 * A stored prediction that cannot be explained as it was answered: made before applications were kept with
 * predictions, or answered by a model the server no longer runs. The message says which, in plain words.
 */
public class ExplanationUnavailableException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public ExplanationUnavailableException(String message) {
        super(message);
    }
}
