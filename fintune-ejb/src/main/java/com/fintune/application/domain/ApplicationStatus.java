package com.fintune.application.domain;

/** Where an application stands in underwriting. */
public enum ApplicationStatus {
    RECEIVED,
    IN_REVIEW,
    DECIDED,
    WITHDRAWN
}
