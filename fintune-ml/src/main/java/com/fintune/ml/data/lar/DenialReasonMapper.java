package com.fintune.ml.data.lar;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.taxonomy.HmdaDenialReason;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * HMDA denial codes to FinTune categories. Codes 2 and 4-9 map one to one. Two are ambiguous, and the record's own
 * figures decide: code 1 ("debt-to-income ratio") becomes INCOME when the reported DTI is within the general 43%
 * limit (the income, not the obligations, fell short) and DTI otherwise; code 3 ("credit history") becomes THIN_FILE
 * when no credit score was relied on (8888) and DELINQUENCY otherwise. DEROGATORY cannot be told apart from
 * DELINQUENCY on a LAR and is never assigned by import.
 */
final class DenialReasonMapper {

    static final double GENERAL_DTI_LIMIT = 43.0;

    Set<ReasonCategory> map(List<Integer> codes, LoanApplication a) {
        Set<ReasonCategory> out = EnumSet.noneOf(ReasonCategory.class);
        for (int code : codes) {
            HmdaDenialReason reason = HmdaDenialReason.fromCode(code);
            switch (reason) {
                case NOT_APPLICABLE -> { }
                case DEBT_TO_INCOME -> out.add(a.dtiPercent() != null && a.dtiPercent() <= GENERAL_DTI_LIMIT
                        ? ReasonCategory.INCOME : ReasonCategory.DTI);
                case CREDIT_HISTORY -> out.add(a.creditScore() == null ? ReasonCategory.THIN_FILE
                        : ReasonCategory.DELINQUENCY);
                default -> out.add(reason.defaultCategory());
            }
        }
        return out;
    }
}
