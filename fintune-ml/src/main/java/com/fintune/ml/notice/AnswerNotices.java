package com.fintune.ml.notice;

import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the notice for a prediction's answer: its reasons in the answer's order (the model's ranking today; the
 * Shapley attributions will give the order later), action "Denied".
 *
 * <p>Key factors for the credit score: for now the display names of the answer's ranked reasons, in order (at
 * most four). They are what FinTune's model weighed, not the credit scoring model's own key factors, which FinTune
 * does not receive; a caller that has those (or the Shapley attributions, later) passes them through {@link #notice(PredictionAnswer, NoticeSettings, LocalDate, String,
 * String, Integer, List)}.
 */
public final class AnswerNotices {

    public static final String DENIED = "Denied";

    private AnswerNotices() {
    }

    /** The notice with key factors derived from the answer (see the class comment). */
    public static AdverseActionNotice notice(PredictionAnswer answer, NoticeSettings settings, LocalDate date,
                                             String applicant, String reference, Integer creditScore) {
        return notice(answer, settings, date, applicant, reference, creditScore, keyFactors(answer));
    }

    /**
     * The notice for {@code answer}; {@code creditScore} null means no score was used. The score is dated
     * {@code date}, the day the decision used it (FinTune does not receive the bureau's own date).
     */
    public static AdverseActionNotice notice(PredictionAnswer answer, NoticeSettings settings, LocalDate date,
                                             String applicant, String reference, Integer creditScore,
                                             List<String> keyFactors) {
        List<ReasonCategory> reasons = reasons(answer);
        CreditScoreDisclosure score = creditScore == null ? null
                : CreditScoreDisclosure.of(creditScore, keyFactors, date, settings.scoreSource());
        return new AdverseActionNotice(settings.creditor(), date, applicant, reference, DENIED, reasons,
                settings.agency(), score);
    }

    /** The answer's reasons, in its order. */
    public static List<ReasonCategory> reasons(PredictionAnswer answer) {
        return answer.reasons().stream().map(r -> ReasonCategory.valueOf(r.name())).toList();
    }

    static List<String> keyFactors(PredictionAnswer answer) {
        return reasons(answer).stream().limit(CreditScoreDisclosure.MAX_KEY_FACTORS)
                .map(ReasonCategory::displayName).toList();
    }
}
