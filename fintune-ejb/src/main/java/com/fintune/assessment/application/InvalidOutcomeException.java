package com.fintune.assessment.application;

import com.fintune.ml.data.FieldError;
import jakarta.ejb.ApplicationException;

import java.util.List;

/** A final decision that breaks the rules (decision missing or unknown, comment too long); nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidOutcomeException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidOutcomeException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
