package com.fintune.notice.application;

import com.fintune.application.domain.MortgageApplication;
import com.fintune.assessment.application.ExplanationService;
import com.fintune.assessment.application.StoredPrediction;
import com.fintune.assessment.application.StoredPredictions;
import com.fintune.assessment.application.Viewer;
import com.fintune.assessment.domain.RiskAssessment;
import com.fintune.audit.application.AuditTrail;
import com.fintune.audit.chain.AuditEvent;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.notice.AdverseActionNotice;
import com.fintune.ml.notice.AnswerNotices;
import com.fintune.ml.notice.ExplainedReasons;
import com.fintune.ml.notice.NoticeText;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.notice.domain.StoredNotice;
import com.fintune.notice.infrastructure.NoticeRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The adverse-action notice of a stored prediction: written the first time it is asked for (from the stored answer,
 * its reasons ranked by their Shapley contribution and the score block's key factors from the prediction's
 * explanation when it can be given, else in the answer's order), with the credit score the model read, stored in DOCUMENTS_REGISTRY and audited (action ADVERSE_ACTION_NOTICE, input
 * hash = SHA-256 of the notice's text, output hash = SHA-256 of the PDF); every later request gets the stored one.
 * Only DENY predictions have one, and REFER ones when the caller says the referral ended in a denial. Concurrent
 * first requests are serialised on the prediction's row, so a prediction never gets two notices.
 */
@Stateless
public class NoticeService {

    public static final String AUDIT_ACTION = "ADVERSE_ACTION_NOTICE";

    @PersistenceContext(unitName = "fintune")
    EntityManager em;
    @EJB
    StoredPredictions predictions;
    @Inject
    NoticeRepository notices;
    @EJB
    NoticeRenderer renderer;
    @EJB
    AuditTrail audit;
    @EJB
    ExplanationService explanations;

    /**
     * The prediction's notice, or empty when the viewer may not see a prediction with that id.
     *
     * @param referAsDenial write one for a REFER prediction too (the referral was declined)
     * @throws NotADenialException when the prediction is not one a notice states reasons for
     */
    public Optional<IssuedNotice> notice(long predictionId, Viewer viewer, boolean referAsDenial, String actor) {
        Optional<StoredPrediction> found = predictions.find(predictionId, viewer);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RiskAssessment row = em.find(RiskAssessment.class, predictionId, LockModeType.PESSIMISTIC_WRITE);
        Optional<StoredNotice> stored = notices.forPrediction(predictionId);
        return Optional.of(issued(stored.orElseGet(() -> write(found.get(), row, viewer, referAsDenial, actor))));
    }

    private StoredNotice write(StoredPrediction p, RiskAssessment scored, Viewer viewer, boolean referAsDenial,
                               String actor) {
        PredictionAnswer answer = p.answer();
        if (answer == null) {
            throw new NotADenialException("Prediction " + p.predictionId() + " was made before answers were stored, "
                    + "so its reasons cannot be stated in a notice.");
        }
        boolean denial = "DENY".equals(answer.decision()) || ("REFER".equals(answer.decision()) && referAsDenial);
        if (!denial) {
            throw new NotADenialException("Prediction " + p.predictionId() + " is " + answer.decision() + ", not a "
                    + "denial: an adverse-action notice is written only for denied applications"
                    + ("REFER".equals(answer.decision()) ? " (for a declined referral ask with refer=deny)." : "."));
        }
        if (answer.reasons().isEmpty()) {
            throw new NotADenialException("Prediction " + p.predictionId() + " states no principal reason, so there "
                    + "is nothing a notice could give as the reason for the action.");
        }
        MortgageApplication application = p.applicationId() == null ? null
                : em.find(MortgageApplication.class, p.applicationId());
        String applicant = application != null && application.getCustomer() != null
                && application.getCustomer().getFullName() != null ? application.getCustomer().getFullName()
                : "Applicant of prediction " + p.predictionId();
        String reference = "Prediction " + p.predictionId()
                + (application != null ? ", application " + application.getReference() : "");
        Integer score = scoredCreditScore(scored, application);
        Instant now = Instant.now();
        ExplainedReasons explained = explanations.explanationIfAvailable(p.predictionId(), viewer, null)
                .map(NoticeService::explained).orElse(null);
        List<ReasonCategory> reasons = explained != null && explained.reasons().size() == answer.reasons().size()
                ? explained.reasons() : answer.reasonCategories();
        List<String> keyFactors = explained != null && !explained.keyFactors().isEmpty() ? explained.keyFactors()
                : AnswerNotices.keyFactors(answer);
        AdverseActionNotice notice = AnswerNotices.notice(reasons, renderer.settings(),
                LocalDate.ofInstant(now, ZoneOffset.UTC), applicant, reference, score, keyFactors);
        byte[] pdf = renderer.render(notice);
        String sha256 = sha256(pdf);
        StoredNotice row = notices.store(new StoredNotice(p.predictionId(), p.applicationId(), pdf, sha256, now,
                actor));
        audit.append(new AuditEvent(now, actor, AUDIT_ACTION, "assessment:" + p.predictionId(), null,
                answer.modelVersion(), sha256(NoticeText.render(notice).getBytes(StandardCharsets.UTF_8)), sha256));
        return row;
    }

    /** The credit score the model read (kept with the prediction since V1_5), else the stored application's. */
    private static Integer scoredCreditScore(RiskAssessment row, MortgageApplication application) {
        if (row != null && row.getApplicationJson() != null) {
            return new ApplicationJson().read(row.getApplicationJson()).application().creditScore();
        }
        return application == null || application.getFacts() == null ? null : application.getFacts().creditScore();
    }

    private static ExplainedReasons explained(String json) {
        try {
            return ExplainedReasons.of(ApplicationFiles.json().readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a kept explanation is JSON", e);
        }
    }

    private static IssuedNotice issued(StoredNotice n) {
        return new IssuedNotice(n.getId(), n.getPredictionId(), n.getContent(), n.getContentSha256(), n.getCreatedAt());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
