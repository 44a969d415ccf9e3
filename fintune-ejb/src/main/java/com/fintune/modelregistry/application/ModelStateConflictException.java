package com.fintune.modelregistry.application;

import com.fintune.assessment.application.StateConflictException;

/** A registry change the versions' present statuses do not allow (an illegal promotion, retiring the champion): 409. */
public class ModelStateConflictException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public ModelStateConflictException(String message) {
        super(message);
    }
}
