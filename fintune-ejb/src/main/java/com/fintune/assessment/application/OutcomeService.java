package com.fintune.assessment.application;

import com.fintune.assessment.domain.PredictionOutcome;
import com.fintune.assessment.domain.RiskAssessment;
import com.fintune.assessment.infrastructure.RiskAssessmentRepository;
import com.fintune.audit.application.AuditTrail;
import com.fintune.audit.chain.AuditEvent;
import com.fintune.audit.chain.Sha256;
import com.fintune.ml.data.FieldError;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The final decisions people record for predictions (PREDICTION_OUTCOMES): one per prediction, written once,
 * in the same transaction as its RECORD_OUTCOME audit entry. Accuracy monitoring compares them with the model's
 * decisions. Who may see a prediction ({@link Viewer}) may read its outcome; the interfaces decide who may record.
 */
@Stateless
public class OutcomeService {

    static final String AUDIT_ACTION = "RECORD_OUTCOME";

    @PersistenceContext(unitName = "fintune")
    private EntityManager em;

    @Inject
    RiskAssessmentRepository repository;

    @EJB
    private AuditTrail audit;

    /**
     * Records the final decision; empty when there is no prediction with that id that this viewer may see.
     *
     * @throws InvalidOutcomeException          naming every bad field (nothing stored)
     * @throws OutcomeAlreadyRecordedException  when the prediction has one already
     */
    public Optional<RecordedOutcome> record(long predictionId, String decision, String comment, Viewer viewer,
                                            String requestId) {
        List<FieldError> errors = OutcomeRules.check(decision, comment);
        Optional<RiskAssessment> found = repository.find(predictionId, viewer.onlySubmittedBy());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!errors.isEmpty()) {
            throw new InvalidOutcomeException(errors);
        }
        PredictionOutcome existing = em.find(PredictionOutcome.class, predictionId);
        if (existing != null) {
            throw new OutcomeAlreadyRecordedException(RecordedOutcome.of(existing));
        }
        RiskAssessment row = found.get();
        Instant now = Instant.now();
        PredictionOutcome outcome = new PredictionOutcome(predictionId, decision, OutcomeRules.normalise(comment),
                viewer.name(), now);
        try {
            em.persist(outcome);
            em.flush();
        } catch (PersistenceException raced) {
            // another request recorded one between the look-up and the insert (the primary key refused this one)
            throw new OutcomeAlreadyRecordedException(predictionId);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("decision", decision);
        content.put("comment", outcome.getComment() == null ? "" : outcome.getComment());
        audit.append(new AuditEvent(now, viewer.name(), AUDIT_ACTION, "assessment:" + predictionId, requestId,
                row.getModelVersion(), row.getInputHash(), Sha256.ofCanonical(content)));
        return Optional.of(RecordedOutcome.of(outcome));
    }

    /** The recorded final decision, if the prediction has one and this viewer may see the prediction. */
    public Optional<RecordedOutcome> find(long predictionId, Viewer viewer) {
        if (repository.find(predictionId, viewer.onlySubmittedBy()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(PredictionOutcome.class, predictionId)).map(RecordedOutcome::of);
    }
}
