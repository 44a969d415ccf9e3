package com.fintune.ml.data.lar;

import com.fintune.ml.data.Decision;
import com.fintune.ml.data.Demographics;
import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.taxonomy.HmdaActionTaken;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One LAR record mapped to FinTune's schema.
 *
 * @param uli             the Universal Loan Identifier: the de-duplication key (for the public CSV, which has no
 *                        ULI, a stable hash of the row)
 * @param lei             the reporting institution
 * @param applicationDate null when reported as NA
 * @param actionDate      null when not reported (public CSV)
 * @param hmdaDenialCodes the reported denial codes 1..9 (empty when 10, not applicable)
 * @param denialText      free text reported with code 9, or null
 * @param reasons         the codes mapped to FinTune's taxonomy (see {@link DenialReasonMapper})
 */
public record LarApplication(String uli, String lei, LocalDate applicationDate, LocalDate actionDate,
                             LoanApplication application, HmdaActionTaken actionTaken, List<Integer> hmdaDenialCodes,
                             String denialText, Set<ReasonCategory> reasons, Demographics demographics) {

    public LarApplication {
        hmdaDenialCodes = List.copyOf(hmdaDenialCodes);
        reasons = Set.copyOf(reasons);
    }

    /**
     * A FinTune decision as a LAR record: the ULI is built from the LEI and the application id (kept when the id
     * already is a valid ULI of that LEI); the reasons become their HMDA codes, in taxonomy order, at most four.
     */
    public static LarApplication fromDecision(LabeledApplication a, String lei, LocalDate applicationDate,
                                              LocalDate actionDate) {
        if (a.decision().actionTaken() == null) {
            throw new IllegalArgumentException("application " + a.id() + " has no final action to report");
        }
        String uli = a.id().startsWith(lei) && Uli.isValid(a.id()) ? a.id() : Uli.of(lei, a.id());
        List<Integer> codes = new ArrayList<>();
        for (ReasonCategory r : a.reasons()) {
            if (!codes.contains(r.hmdaCode()) && codes.size() < 4) {
                codes.add(r.hmdaCode());
            }
        }
        if (!a.decision().actionTaken().isDenial()) {
            codes.clear();
        }
        String text = codes.contains(9) ? ReasonCategory.OTHER_POLICY.displayName() : null;
        return new LarApplication(uli, lei, applicationDate, actionDate, a.application(), a.decision().actionTaken(),
                codes, text, a.reasons(), a.demographics());
    }

    public Decision decision() {
        return Decision.fromHmda(actionTaken);
    }

    /**
     * As a labelled application for training or evaluation. A LAR reports no loan performance, so the caller
     * supplies the risk target (e.g. a neutral value, masked out of the risk loss).
     */
    public LabeledApplication toLabeled(double riskTarget) {
        return new LabeledApplication(uli, application, reasons, riskTarget, decision(), demographics);
    }
}
