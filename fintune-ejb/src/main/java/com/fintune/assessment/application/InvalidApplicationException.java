package com.fintune.assessment.application;

import com.fintune.ml.data.FieldError;
import jakarta.ejb.ApplicationException;

import java.util.List;

/** The application breaks field rules; nothing was stored. Carries every field error for the caller. */
@ApplicationException(rollback = true)
public class InvalidApplicationException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidApplicationException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
