package com.fintune.ml.notice;

import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the notice for a prediction's answer, action "Denied": its reasons in the order given — the explanation's
 * ranking by Shapley contribution when the server has it, else the answer's own order.
 *
 * <p>Key factors for the credit score block: the explanation's key factors (the feature groups that raised FinTune's
 * risk score most) when there is one, else the display names of the answer's ranked reasons (at most four). Either
 * way they are what FinTune's model weighed, not the credit scoring model's own key factors, which FinTune does not
 * receive.
 */
public final class AnswerNotices {

    public static final String DENIED = "Denied";

    private AnswerNotices() {
    }

    /**
     * The notice stating {@code reasons} in the order given (the explanation's ranking by contribution, when there
     * is one) with {@code keyFactors} for the score block; {@code creditScore} null means no score was used. The
     * score is dated {@code date}, the day the decision used it (FinTune does not receive the bureau's own date).
     */
    public static AdverseActionNotice notice(List<ReasonCategory> reasons, NoticeSettings settings, LocalDate date,
                                             String applicant, String reference, Integer creditScore,
                                             List<String> keyFactors) {
        CreditScoreDisclosure score = creditScore == null ? null
                : CreditScoreDisclosure.of(creditScore, keyFactors, date, settings.scoreSource());
        return new AdverseActionNotice(settings.creditor(), date, applicant, reference, DENIED, reasons,
                settings.agency(), score);
    }

    /** The display names of the answer's reasons, at most four: the key factors when there is no explanation. */
    public static List<String> keyFactors(PredictionAnswer answer) {
        return answer.reasonCategories().stream().limit(CreditScoreDisclosure.MAX_KEY_FACTORS)
                .map(ReasonCategory::displayName).toList();
    }
}
