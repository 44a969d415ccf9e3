package com.fintune.assessment.application;

import jakarta.ejb.ApplicationException;

/** A batch that is running, completed or was never started cannot be restarted; the message says which. */
@ApplicationException(rollback = true)
public class BatchNotRestartableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BatchNotRestartableException(String message) {
        super(message);
    }
}
