package com.fintune.assessment.application;

import com.fintune.ml.data.FieldError;

import java.util.List;

/** The application breaks field rules; nothing was stored. Carries every field error for the caller. */
public class InvalidApplicationException extends InvalidFieldsException {

    private static final long serialVersionUID = 1L;

    public InvalidApplicationException(List<FieldError> errors) {
        super(errors);
    }
}
