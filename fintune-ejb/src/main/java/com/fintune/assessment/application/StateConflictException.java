package com.fintune.assessment.application;

import jakarta.ejb.ApplicationException;

/**
 * A well-formed request that the thing it names cannot take in its present state (a final decision already
 * recorded, a prediction that cannot be explained as answered, a batch that cannot be restarted): answered 409 with
 * the message, which says why in plain words. Nothing is changed.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class StateConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected StateConflictException(String message) {
        super(message);
    }
}
