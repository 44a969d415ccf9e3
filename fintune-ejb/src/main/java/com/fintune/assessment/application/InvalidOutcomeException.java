package com.fintune.assessment.application;

import com.fintune.ml.data.FieldError;

import java.util.List;

/** A final decision that breaks the rules (decision missing or unknown, comment too long); nothing was stored. */
public class InvalidOutcomeException extends InvalidFieldsException {

    private static final long serialVersionUID = 1L;

    public InvalidOutcomeException(List<FieldError> errors) {
        super(errors);
    }
}
