package com.fintune.modelregistry.application;

import jakarta.ejb.ApplicationException;

/** No registered model version of that name: 404. */
@ApplicationException(rollback = true)
public class ModelNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelNotFoundException(String version) {
        super("No model version " + version + " is registered.");
    }
}
