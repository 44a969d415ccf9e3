package com.fintune.assessment.infrastructure;

import com.fintune.assessment.domain.ActivityRow;
import com.fintune.assessment.domain.PredictionListRow;
import com.fintune.assessment.domain.PredictionSummary;
import com.fintune.assessment.domain.RiskAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stores risk assessments, finds and lists them (narrowed to one account when asked), and counts them. */
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

    /** One prediction, if it exists and (when {@code submittedBy} is given) that account asked for it. */
    public Optional<RiskAssessment> find(long id, String submittedBy) {
        RiskAssessment found = em.find(RiskAssessment.class, id);
        return found == null || (submittedBy != null && !submittedBy.equals(found.getAssessedBy()))
                ? Optional.empty() : Optional.of(found);
    }

    /** The predictions that match, newest first (ties: higher id first), from {@code offset}, at most {@code limit}. */
    public List<PredictionSummary> search(PredictionCriteria criteria, int offset, int limit) {
        TypedQuery<PredictionSummary> query = em.createQuery("select new " + PredictionSummary.class.getName()
                + "(r.id, r.applicationId, r.decision, r.riskScore, r.topReasons, r.modelVersion, r.channel, "
                + "r.assessedBy, r.assessedAt) from RiskAssessment r" + where(criteria)
                + " order by r.assessedAt desc, r.id desc", PredictionSummary.class);
        bind(query, criteria);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many predictions match. */
    public long count(PredictionCriteria criteria) {
        TypedQuery<Long> query = em.createQuery("select count(r) from RiskAssessment r" + where(criteria), Long.class);
        bind(query, criteria);
        return query.getSingleResult();
    }

    /** As {@link #search}, with each prediction's recorded final decision (the console's list and its export). */
    public List<PredictionListRow> rows(PredictionCriteria criteria, int offset, int limit) {
        TypedQuery<PredictionListRow> query = em.createQuery("select new " + PredictionListRow.class.getName()
                + "(r.id, r.applicationId, r.decision, r.riskScore, r.topReasons, r.modelVersion, r.channel, "
                + "r.assessedBy, r.assessedAt, o.decision) from RiskAssessment r"
                + " left join PredictionOutcome o on o.assessmentId = r.id" + where(criteria)
                + " order by r.assessedAt desc, r.id desc", PredictionListRow.class);
        bind(query, criteria);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many predictions match, counted as {@link #rows} lists them. */
    public long countRows(PredictionCriteria criteria) {
        TypedQuery<Long> query = em.createQuery("select count(r) from RiskAssessment r"
                + " left join PredictionOutcome o on o.assessmentId = r.id" + where(criteria), Long.class);
        bind(query, criteria);
        return query.getSingleResult();
    }

    /** What volume and accuracy read of the predictions assessed in [from, to), oldest first, at most {@code limit}. */
    public List<ActivityRow> activity(Instant from, Instant to, String submittedBy, int limit) {
        TypedQuery<ActivityRow> query = em.createQuery("select new " + ActivityRow.class.getName()
                + "(r.assessedAt, r.channel, r.decision, r.latencyMillis, r.topReasons, o.decision)"
                + " from RiskAssessment r left join PredictionOutcome o on o.assessmentId = r.id"
                + " where r.assessedAt >= :from and r.assessedAt < :to"
                + (submittedBy == null ? "" : " and r.assessedBy = :submittedBy")
                + " order by r.assessedAt", ActivityRow.class)
                .setParameter("from", from).setParameter("to", to);
        if (submittedBy != null) {
            query.setParameter("submittedBy", submittedBy);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The model versions and the accounts that have predictions, each sorted (the list's filter choices). */
    public List<String> distinct(String field) {
        if (!field.equals("modelVersion") && !field.equals("assessedBy")) {
            throw new IllegalArgumentException("not a listable field: " + field);
        }
        return em.createQuery("select distinct r." + field + " from RiskAssessment r where r." + field
                + " is not null order by r." + field, String.class).setMaxResults(500).getResultList();
    }

    private static String where(PredictionCriteria c) {
        List<String> conditions = new ArrayList<>();
        if (c.applicationId() != null) conditions.add("r.applicationId = :applicationId");
        if (c.from() != null) conditions.add("r.assessedAt >= :from");
        if (c.to() != null) conditions.add("r.assessedAt < :to");
        if (c.decision() != null) conditions.add("r.decision = :decision");
        if (c.submittedBy() != null) conditions.add("r.assessedBy = :submittedBy");
        if (c.reason() != null) conditions.add("concat(',', r.topReasons, ',') like :reason");
        if (c.modelVersion() != null) conditions.add("r.modelVersion = :modelVersion");
        if (c.askedBy() != null) conditions.add("r.assessedBy = :askedBy");
        if (PredictionCriteria.NO_FINAL_DECISION.equals(c.finalDecision())) {
            conditions.add("o.decision is null");
        } else if (c.finalDecision() != null) {
            conditions.add("o.decision = :finalDecision");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, PredictionCriteria c) {
        if (c.applicationId() != null) query.setParameter("applicationId", c.applicationId());
        if (c.from() != null) query.setParameter("from", c.from());
        if (c.to() != null) query.setParameter("to", c.to());
        if (c.decision() != null) query.setParameter("decision", c.decision());
        if (c.submittedBy() != null) query.setParameter("submittedBy", c.submittedBy());
        if (c.reason() != null) query.setParameter("reason", "%," + c.reason() + ",%");
        if (c.modelVersion() != null) query.setParameter("modelVersion", c.modelVersion());
        if (c.askedBy() != null) query.setParameter("askedBy", c.askedBy());
        if (c.finalDecision() != null && !PredictionCriteria.NO_FINAL_DECISION.equals(c.finalDecision())) {
            query.setParameter("finalDecision", c.finalDecision());
        }
    }

    public List<RiskAssessment> latest(int limit) {
        return em.createQuery("select r from RiskAssessment r order by r.assessedAt desc", RiskAssessment.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
