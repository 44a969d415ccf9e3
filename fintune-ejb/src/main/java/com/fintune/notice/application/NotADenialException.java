package com.fintune.notice.application;

import jakarta.ejb.ApplicationException;

/**
 * The prediction is not one an adverse-action notice can be written for (not a denial, no reasons stated, or no
 * stored answer); the message says so in plain words for the caller (409).
 */
@ApplicationException(rollback = true)
public class NotADenialException extends RuntimeException {

    public NotADenialException(String message) {
        super(message);
    }
}
