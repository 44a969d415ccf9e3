package com.fintune.assessment.application;

import com.fintune.assessment.domain.PredictionExplanation;
import com.fintune.assessment.domain.RiskAssessment;
import com.fintune.assessment.infrastructure.RiskAssessmentRepository;
import com.fintune.audit.application.AuditTrail;
import com.fintune.audit.chain.AuditEvent;
import com.fintune.audit.chain.Sha256;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.explain.report.AnswerExplainer;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.ml.serving.FeatureKey;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.serving.PredictionPipeline;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A stored prediction's explanation: computed on first request from the application as it was scored
 * (RISK_ASSESSMENTS.APPLICATION_JSON) with the model that answered, then kept in PREDICTION_EXPLANATIONS and
 * returned from there; each computation is recorded in the audit log. Who may see the prediction may see its
 * explanation ({@link Viewer}).
 */
@Stateless
public class ExplanationService {

    private static final Logger LOG = Logger.getLogger(ExplanationService.class.getName());

    @PersistenceContext(unitName = "fintune")
    private EntityManager em;

    @Inject
    RiskAssessmentRepository repository;

    @EJB
    private ModelRuntime runtime;

    @EJB
    private AuditTrail audit;

    @EJB
    private ProductOffers products;

    private final PredictionPipeline pipeline = ServingPipeline.fromConfig();

    /**
     * The explanation's JSON, or empty when there is no prediction with that id that this viewer may see.
     *
     * @throws ExplanationUnavailableException when the prediction cannot be explained as it was answered
     */
    public Optional<String> explanation(long predictionId, Viewer viewer, String requestId) {
        Optional<RiskAssessment> found = repository.find(predictionId, viewer.onlySubmittedBy());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RiskAssessment row = found.get();
        PredictionExplanation kept = em.find(PredictionExplanation.class, predictionId);
        if (kept != null) {
            return Optional.of(kept.getExplanationJson());
        }
        LoanApplication application = scoredApplication(row);
        PredictionAnswer answer = AnswerJson.read(row.getAnswerJson());   // its decision, reasons and rule figures
        long start = System.nanoTime();
        String json = runtime.explainWith(row.getModelVersion(), model -> new AnswerExplainer(pipeline, model, products.activeOffers())
                .explain(application, answer, row.getModelVersion()));
        long elapsed = Math.round((System.nanoTime() - start) / 1e6);
        kept = em.find(PredictionExplanation.class, predictionId);   // another request may have finished meanwhile
        if (kept != null) {
            return Optional.of(kept.getExplanationJson());
        }
        Instant now = Instant.now();
        em.persist(new PredictionExplanation(predictionId, row.getModelVersion(), json,
                (int) elapsed, viewer.name(), now));
        em.flush();
        audit.append(new AuditEvent(now, viewer.name(), "EXPLAIN_PREDICTION", "assessment:" + predictionId, requestId,
                row.getModelVersion(), row.getInputHash(), Sha256.ofCanonical(Map.of("explanation", json))));
        LOG.info(() -> "Explained prediction " + predictionId + " in " + elapsed + " ms");
        return Optional.of(json);
    }

    /**
     * For a notice: the explanation when it can be given (kept, or computed now with the model that answered), else
     * empty — never a refusal, so that a notice can still be written in the answer's own order.
     */
    public Optional<String> explanationIfAvailable(long predictionId, Viewer viewer, String requestId) {
        try {
            return explanation(predictionId, viewer, requestId);
        } catch (ExplanationUnavailableException e) {
            LOG.info(() -> "Prediction " + predictionId + " has no explanation for its notice: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The application as the model read it, checked to give the same model input again. */
    private LoanApplication scoredApplication(RiskAssessment row) {
        long id = row.getId();
        if (row.getApplicationJson() == null) {
            throw new ExplanationUnavailableException("Prediction " + id + " was made before FinTune kept the "
                    + "application with each prediction, so it cannot be explained; predict the application again.");
        }
        if (!runtime.isLoaded(row.getModelVersion())) {
            String serving = runtime.modelVersion().orElseThrow(() -> new ModelUnavailableException(
                    runtime.loadProblem().orElse("the model is not loaded"), null));
            throw new ExplanationUnavailableException("Prediction " + id + " was answered by model "
                    + row.getModelVersion() + ", which is no longer loaded (the server now runs " + serving
                    + "); an explanation must come from the model that answered.");
        }
        LoanApplication application = new ApplicationJson().read(row.getApplicationJson()).application();
        String input = FeatureKey.inputHash(new FeaturePipeline().extract(application));
        if (!input.equals(row.getInputHash())) {
            throw new ExplanationUnavailableException("Prediction " + id + "'s application no longer reads as it "
                    + "was scored (the feature pipeline changed, or a new year changed the property's age), so it "
                    + "cannot be explained faithfully.");
        }
        return application;
    }
}
