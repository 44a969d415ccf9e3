package com.fintune.assessment.infrastructure;

import jakarta.persistence.EntityManager;

/** Test access: a repository over a plain (non-container) entity manager. */
public final class RiskAssessmentRepositoryAccess {

    private RiskAssessmentRepositoryAccess() {
    }

    public static RiskAssessmentRepository over(EntityManager em) {
        RiskAssessmentRepository repository = new RiskAssessmentRepository();
        repository.em = em;
        return repository;
    }
}
