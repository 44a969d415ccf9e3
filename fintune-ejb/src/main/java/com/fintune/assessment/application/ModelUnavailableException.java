package com.fintune.assessment.application;

import jakarta.ejb.ApplicationException;

/** The model is not loaded (start-up failed or still running) or did not answer in time. */
@ApplicationException(rollback = true)
public class ModelUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
