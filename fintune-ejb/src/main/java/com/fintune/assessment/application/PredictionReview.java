package com.fintune.assessment.application;

import com.fintune.assessment.domain.PredictionOutcome;
import com.fintune.assessment.infrastructure.RiskAssessmentRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Opens a stored prediction for review in the console: answer, application as scored and recorded outcome in one
 * read, as the {@link Viewer} may see it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PredictionReview {

    @PersistenceContext(unitName = "fintune")
    private EntityManager em;

    @Inject
    RiskAssessmentRepository repository;

    /** The prediction, or empty when there is none with that id that this viewer may see. */
    public Optional<ReviewedPrediction> open(long predictionId, Viewer viewer) {
        return repository.find(predictionId, viewer.onlySubmittedBy()).map(r -> {
            PredictionOutcome outcome = em.find(PredictionOutcome.class, predictionId);
            return new ReviewedPrediction(r.getId(), r.getApplicationId(), r.getChannel(), r.getAssessedBy(),
                    r.getAssessedAt(), AnswerJson.read(r.getAnswerJson()), r.getApplicationJson(),
                    outcome == null ? null : RecordedOutcome.of(outcome));
        });
    }
}
