package com.fintune.assessment.application;

import com.fintune.assessment.domain.PredictionListRow;
import com.fintune.assessment.infrastructure.PredictionCriteria;
import com.fintune.assessment.infrastructure.RiskAssessmentRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * Reads stored predictions back: one by id with its answer as first sent, or a page of them, always as the
 * {@link Viewer} may see them (an INTEGRATION account: only its own).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StoredPredictions {

    /** The most rows one call returns (an export's limit). */
    public static final int MAX_ROWS = 10_000;

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

    /** How many predictions match the console's filter, as this viewer may see them. */
    public long count(PredictionFilter filter, Viewer viewer) {
        return repository.countRows(criteria(filter, viewer));
    }

    /** The console's rows (with recorded final decisions), newest first, from {@code offset}, at most {@code limit}. */
    public List<PredictionListRow> rows(PredictionFilter filter, int offset, int limit, Viewer viewer) {
        return repository.rows(criteria(filter, viewer), offset, Math.min(limit, MAX_ROWS));
    }

    /** The model versions that answered predictions (a filter's choices). */
    public List<String> modelVersions() {
        return repository.distinct("modelVersion");
    }

    /** The accounts that asked for predictions this viewer may see (a filter's choices). */
    public List<String> submitters(Viewer viewer) {
        return viewer.onlySubmittedBy() == null ? repository.distinct("assessedBy") : List.of(viewer.name());
    }

    static PredictionCriteria criteria(PredictionFilter f, Viewer viewer) {
        return new PredictionCriteria(null, f.from(), f.to(), f.decision(), viewer.onlySubmittedBy(), f.reason(),
                f.modelVersion(), f.submittedBy(), f.finalDecision());
    }

    static PredictionCriteria criteria(PredictionQuery query, Viewer viewer) {
        return new PredictionCriteria(query.applicationId(), query.from(), query.to(), query.decision(),
                viewer.onlySubmittedBy());
    }
}
