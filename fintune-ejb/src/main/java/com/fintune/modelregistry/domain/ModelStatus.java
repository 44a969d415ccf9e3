package com.fintune.modelregistry.domain;

/**
 * Life of a model version (the allowed moves are {@link ModelLifecycle}'s): registered and loaded, serving nobody
 * (CANDIDATE); answering the share of traffic the routing gives it (CHALLENGER); scored beside the answering model
 * and never returned (SHADOW); the default answer (CHAMPION, exactly one); out of service (RETIRED).
 */
public enum ModelStatus {
    CANDIDATE,
    CHALLENGER,
    SHADOW,
    CHAMPION,
    RETIRED;

    /** Whether a version in this status is kept loaded by the server. */
    public boolean loaded() {
        return this != RETIRED;
    }
}
