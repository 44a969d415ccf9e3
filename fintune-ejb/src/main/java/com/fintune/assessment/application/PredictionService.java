package com.fintune.assessment.application;

import com.fintune.application.domain.MortgageApplication;
import com.fintune.application.service.LoanApplicationMapping;
import com.fintune.assessment.domain.RiskAssessment;
import com.fintune.audit.application.AuditTrail;
import com.fintune.audit.chain.AuditEvent;
import com.fintune.audit.chain.Sha256;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.ValidationException;
import com.fintune.ml.features.ApplicationFeatures;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.serving.PredictionPipeline;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * The one way to a prediction, for REST, SOAP, console and batch: validate → features → model runtime (cache,
 * micro-batch; the version the traffic split gives the application, sticky per stored application or per input; shadow
 * versions scored beside it and stored apart) → explanation → RISK_ASSESSMENTS row (with the answer's JSON and the account that asked),
 * application status and AUDIT_LOG entry, all in the caller's (or a new) transaction, so either everything is
 * recorded or nothing is. Invalid input stores nothing.
 */
@Stateless
public class PredictionService {

    @PersistenceContext(unitName = "fintune")
    private EntityManager em;

    @EJB
    private ModelRuntime runtime;

    @EJB
    private AuditTrail audit;

    @EJB
    private ShadowScoring shadows;

    @EJB
    private ProductOffers products;

    @Inject
    private PredictionMetrics metrics;

    @Resource
    private SessionContext session;

    private PredictionPipeline pipeline;

    @PostConstruct
    void init() {
        pipeline = ServingPipeline.fromConfig();
    }

    /** Predicts an application given in full (not stored as an application). */
    public PredictionAnswer predict(LoanApplication application, Channel channel, String requestId) {
        return answer(application, null, channel, requestId, caller()).answer();
    }

    /** Predicts a stored application and moves it into review. */
    public PredictionAnswer predictStored(long applicationId, Channel channel, String requestId) {
        return answerStored(applicationId, channel, requestId, caller()).answer();
    }

    /** Predicts a request (a full application or a stored one's id); the answer comes with the JSON it was stored as. */
    public StoredAnswer answer(ApplicationJson.Request request, Channel channel, String requestId) {
        return answerFor(request, channel, requestId, caller());
    }

    /** As {@link #answer}, recorded as asked by {@code submittedBy} (a batch job works for whoever submitted it). */
    public StoredAnswer answerFor(ApplicationJson.Request request, Channel channel, String requestId,
                                  String submittedBy) {
        return request.applicationId() != null
                ? answerStored(request.applicationId(), channel, requestId, submittedBy)
                : answer(request.application(), null, channel, requestId, submittedBy);
    }

    private StoredAnswer answerStored(long applicationId, Channel channel, String requestId, String actor) {
        MortgageApplication stored = em.find(MortgageApplication.class, applicationId);
        if (stored == null) {
            throw new ApplicationNotFoundException(applicationId);
        }
        StoredAnswer answer = answer(LoanApplicationMapping.toLoanApplication(stored), stored, channel, requestId, actor);
        if (stored.getStatus() == com.fintune.application.domain.ApplicationStatus.RECEIVED) {
            stored.startReview();
        }
        return answer;
    }

    private String caller() {
        return session.getCallerPrincipal() == null ? "anonymous" : session.getCallerPrincipal().getName();
    }

    private StoredAnswer answer(LoanApplication application, MortgageApplication stored, Channel channel,
                                String requestId, String actor) {
        long start = System.nanoTime();
        ApplicationFeatures features;
        try {
            features = pipeline.features(application);
        } catch (ValidationException e) {
            throw new InvalidApplicationException(e.errors());
        }
        try {
            return answerValid(application, features, stored, channel, requestId, actor, start);
        } catch (ModelUnavailableException e) {
            metrics.failed(channel, PredictionMetrics.FAILED_MODEL_UNAVAILABLE);
            throw e;
        } catch (RuntimeException e) {
            metrics.failed(channel, PredictionMetrics.FAILED_ERROR);
            throw e;
        }
    }

    private StoredAnswer answerValid(LoanApplication application, ApplicationFeatures features,
                                     MortgageApplication stored, Channel channel, String requestId, String actor,
                                     long start) {
        Scored scored = runtime.score(features, stored == null ? null : "application:" + stored.getId());
        shadows.scoreLater(features, scored, stored == null ? null : stored.getId(), requestId);
        PredictionAnswer answer = pipeline.answer(application, scored.scores(), scored.modelVersion(),
                products.activeOffers());
        Instant now = Instant.now();
        double latencyMs = (System.nanoTime() - start) / 1e6;
        RiskAssessment row = new RiskAssessment(requestId, scored.inputHash(), probabilitiesJson(answer),
                BigDecimal.valueOf(answer.riskScore()).setScale(2, RoundingMode.HALF_UP), scored.modelVersion(), now);
        row.concluded(answer.reasons().stream().map(PredictionAnswer.Reason::name).collect(Collectors.joining(",")),
                answer.decision());
        row.served(channel.name(), actor, (int) Math.round(latencyMs));
        if (stored != null) {
            row.forApplication(stored.getId());
        }
        row.read(ApplicationJson.write(application));
        em.persist(row);
        em.flush();
        String subject = stored != null ? "application:" + stored.getId() : "assessment:" + row.getId();
        audit.append(new AuditEvent(now, actor, "PREDICT_" + channel.name(), subject, requestId,
                scored.modelVersion(), scored.inputHash(), AnswerHashes.outputHash(answer)));
        metrics.answered(channel, answer.decision(), Duration.ofNanos(System.nanoTime() - start), scored.cached());
        PredictionAnswer served = answer.withServing(row.getId(), stored == null ? null : stored.getId(),
                Math.round((System.nanoTime() - start) / 1e4) / 100.0, scored.cached());
        String json = AnswerJson.write(served);
        row.answered(json); // a managed row: written with the rest of the transaction
        return new StoredAnswer(served, json);
    }

    private static String probabilitiesJson(PredictionAnswer answer) {
        return answer.probabilities().values().stream().map(String::valueOf)
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** The output hash: what was concluded, independent of timing and ids. */
    static final class AnswerHashes {
        private AnswerHashes() {
        }

        static String outputHash(PredictionAnswer a) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("modelVersion", a.modelVersion());
            m.put("decision", a.decision());
            m.put("riskScore", a.riskScore());
            m.put("probabilities", a.probabilities());
            m.put("reasons", a.reasons().stream().map(PredictionAnswer.Reason::name).toList());
            m.put("riskSummary", a.riskSummary());
            return Sha256.ofCanonical(m);
        }
    }
}
