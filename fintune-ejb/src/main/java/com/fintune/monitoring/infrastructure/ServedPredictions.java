package com.fintune.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Served predictions as monitoring reads them: a page at a time for drift (the application as scored and the
 * scores), and joined with the applicant's demographics for fair lending.
 */
@ApplicationScoped
public class ServedPredictions {

    /** One prediction as drift reads it; {@code applicationJson} is null for predictions stored before V1_5. */
    public record Scored(Long id, String applicationJson, String probabilitiesJson, BigDecimal riskScore) {
    }

    /** One prediction of a stored application whose applicant gave demographics. */
    public record WithDemographics(Long id, Long applicationId, String modelVersion, String decision,
                                   BigDecimal riskScore, String race, String ethnicity, String sex, String ageBand) {
    }

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    /** Predictions of one model version in [from, to) with an id above {@code afterId}, by id, at most {@code limit}. */
    public List<Scored> page(String modelVersion, Instant from, Instant to, long afterId, int limit) {
        return em.createQuery("select new " + Scored.class.getName() + "(r.id, r.applicationJson, "
                        + "r.probabilitiesJson, r.riskScore) from RiskAssessment r where r.modelVersion = :v "
                        + "and r.assessedAt >= :from and r.assessedAt < :to and r.id > :after order by r.id",
                        Scored.class)
                .setParameter("v", modelVersion).setParameter("from", from).setParameter("to", to)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** Predictions since {@code from} of applications with demographics on file, every model version. */
    public List<WithDemographics> withDemographics(Instant from) {
        return em.createQuery("select new " + WithDemographics.class.getName() + "(r.id, r.applicationId, "
                        + "r.modelVersion, r.decision, r.riskScore, d.race, d.ethnicity, d.sex, d.ageBand) "
                        + "from RiskAssessment r, ApplicantDemographics d where d.applicationId = r.applicationId "
                        + "and r.assessedAt >= :from order by r.id", WithDemographics.class)
                .setParameter("from", from).getResultList();
    }

    /** Predictions since {@code from} per model version: [version, count]. */
    public List<Object[]> countsByModel(Instant from) {
        return em.createQuery("select r.modelVersion, count(r) from RiskAssessment r where r.assessedAt >= :from "
                + "group by r.modelVersion order by r.modelVersion", Object[].class)
                .setParameter("from", from).getResultList();
    }
}
