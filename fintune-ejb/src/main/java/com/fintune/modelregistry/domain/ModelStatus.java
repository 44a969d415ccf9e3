package com.fintune.modelregistry.domain;

/** Life of a model version: trained and evaluated (CANDIDATE), serving (ACTIVE, at most one), or RETIRED. */
public enum ModelStatus {
    CANDIDATE,
    ACTIVE,
    RETIRED
}
