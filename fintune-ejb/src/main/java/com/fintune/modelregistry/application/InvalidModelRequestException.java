package com.fintune.modelregistry.application;

import com.fintune.assessment.application.InvalidFieldsException;
import com.fintune.ml.data.FieldError;

import java.util.List;

/** A registry request whose fields are wrong (a missing reason, a directory that is no checkpoint): 400. */
public class InvalidModelRequestException extends InvalidFieldsException {

    private static final long serialVersionUID = 1L;

    public InvalidModelRequestException(List<FieldError> errors) {
        super(errors);
    }

    static InvalidModelRequestException of(String field, String message) {
        return new InvalidModelRequestException(List.of(new FieldError(field, message)));
    }
}
