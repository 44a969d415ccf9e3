package com.fintune.assessment.application;

import com.fintune.assessment.infrastructure.PredictionCriteria;
import com.fintune.assessment.infrastructure.RiskAssessmentRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Reads stored predictions back: one by id with its answer as first sent, or a page of them, always as the
 * {@link Viewer} may see them (an INTEGRATION account: only its own).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StoredPredictions {

    @Inject
    RiskAssessmentRepository repository;

    /** The prediction, or empty when there is none with that id that this viewer may see. */
    public Optional<StoredPrediction> find(long predictionId, Viewer viewer) {
        return repository.find(predictionId, viewer.onlySubmittedBy())
                .map(r -> new StoredPrediction(r.getId(), r.getApplicationId(), r.getChannel(), r.getAssessedBy(),
                        r.getAssessedAt(), r.getAnswerJson()));
    }

    /** A page of the predictions matching the query that this viewer may see, newest first, with their total. */
    public PredictionPage list(PredictionQuery query, Viewer viewer) {
        PredictionCriteria criteria = criteria(query, viewer);
        long total = repository.count(criteria);
        return new PredictionPage(query.page(), query.size(), total,
                total <= query.offset() ? java.util.List.of() : repository.search(criteria, query.offset(), query.size()));
    }

    static PredictionCriteria criteria(PredictionQuery query, Viewer viewer) {
        return new PredictionCriteria(query.applicationId(), query.from(), query.to(), query.decision(),
                viewer.onlySubmittedBy());
    }
}
