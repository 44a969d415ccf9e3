package com.fintune.ml.notice;

import com.fintune.ml.taxonomy.ReasonCategory;
import java.time.LocalDate;
import java.util.List;

/** Notices for the tests: four reasons with a score, and one reason without. */
final class NoticeFixtures {

    static final Party CREDITOR = Party.of("FinTune Demo Mortgage Company", "100 Main Street|Springfield, IL 62701");
    static final Party AGENCY = Party.of("Bureau of Consumer Financial Protection",
            "1700 G Street NW|Washington, DC 20552");
    static final Party BUREAU = Party.of("Example Credit Bureau", "P.O. Box 1000|Atlanta, GA 30348");

    private NoticeFixtures() {
    }

    static AdverseActionNotice withScore() {
        return notice(List.of(ReasonCategory.DTI, ReasonCategory.DELINQUENCY, ReasonCategory.COLLATERAL,
                ReasonCategory.CASH), CreditScoreDisclosure.of(655, List.of("Debt-to-income ratio",
                "Delinquent credit obligations"), LocalDate.of(2025, 3, 13), BUREAU));
    }

    static AdverseActionNotice withoutScore() {
        return notice(List.of(ReasonCategory.INCOME), null);
    }

    static AdverseActionNotice notice(List<ReasonCategory> reasons, CreditScoreDisclosure score) {
        return new AdverseActionNotice(CREDITOR, LocalDate.of(2025, 3, 14), "Applicant reference 42", "Prediction 42",
                "Denied", reasons, AGENCY, score);
    }
}
