package com.fintune.assessment.application;

/** A batch that is running, completed or was never started cannot be restarted; the message says which. */
public class BatchNotRestartableException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public BatchNotRestartableException(String message) {
        super(message);
    }
}
