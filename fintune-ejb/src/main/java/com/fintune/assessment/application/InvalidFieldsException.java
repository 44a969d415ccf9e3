package com.fintune.assessment.application;

import com.fintune.ml.data.FieldError;
import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A request whose fields break the rules (an application, a final decision): carries every field error for the
 * caller, answered as 400 naming each field. Nothing was stored.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class InvalidFieldsException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    protected InvalidFieldsException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
