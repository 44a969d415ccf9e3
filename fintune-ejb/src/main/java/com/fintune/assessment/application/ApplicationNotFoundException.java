package com.fintune.assessment.application;

import jakarta.ejb.ApplicationException;

/** No stored application has the id asked for. */
@ApplicationException(rollback = true)
public class ApplicationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApplicationNotFoundException(long id) {
        super("no application with id " + id);
    }
}
