package com.fintune.assessment.application;

import jakarta.ejb.ApplicationException;

/**
 * The model's queue is full (admission control): the request was refused at once instead of waiting behind work
 * the server cannot finish in time. Answered as 503 with a short Retry-After.
 */
@ApplicationException(rollback = true)
public class ServerBusyException extends ModelUnavailableException {

    private static final long serialVersionUID = 1L;

    public ServerBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
