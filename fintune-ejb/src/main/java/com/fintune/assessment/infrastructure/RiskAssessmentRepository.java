package com.fintune.assessment.infrastructure;

import com.fintune.assessment.domain.RiskAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Stores risk assessments and answers volume questions about them. */
@ApplicationScoped
public class RiskAssessmentRepository {

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    public RiskAssessment store(RiskAssessment assessment) {
        em.persist(assessment);
        return assessment;
    }

    public long count() {
        return em.createQuery("select count(r) from RiskAssessment r", Long.class).getSingleResult();
    }

    public long countSince(Instant since) {
        return em.createQuery("select count(r) from RiskAssessment r where r.assessedAt >= :since", Long.class)
                .setParameter("since", since)
                .getSingleResult();
    }

    public List<RiskAssessment> latest(int limit) {
        return em.createQuery("select r from RiskAssessment r order by r.assessedAt desc", RiskAssessment.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
