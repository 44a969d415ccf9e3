package com.fintune.ml.notice;

import com.fintune.ml.taxonomy.ReasonCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of specific reasons for action taken (12 CFR 1002.9(a)(2)(i)), everything it prints.
 *
 * @param creditor             who took the action, with its address
 * @param noticeDate           the date of the notice (also the PDF's creation date)
 * @param applicant            the applicant's name, or a reference where the name is not on file
 * @param applicationReference the lender's reference for the application or prediction
 * @param actionTaken          in the applicant's words, e.g. "Denied"
 * @param reasons              the principal reasons, most important first, 1 to 4 (the caller decides the order)
 * @param agency               the federal agency that administers compliance with ECOA for this creditor
 * @param creditScore          the FCRA 615 credit score disclosure, or null when no credit score was used
 */
public record AdverseActionNotice(Party creditor, LocalDate noticeDate, String applicant, String applicationReference,
                                  String actionTaken, List<ReasonCategory> reasons, Party agency,
                                  CreditScoreDisclosure creditScore) {

    /** Regulation B's sample forms list principal reasons; more than four is not meaningful (1002.9(b)(2) comment). */
    public static final int MAX_REASONS = 4;

    public AdverseActionNotice {
        Objects.requireNonNull(creditor, "the creditor is required");
        Objects.requireNonNull(noticeDate, "the notice date is required");
        Objects.requireNonNull(agency, "the federal agency is required");
        require(applicant, "the applicant's name or reference");
        require(applicationReference, "the application reference");
        require(actionTaken, "the action taken");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a notice of adverse action states at least one principal reason");
        }
        if (reasons.size() > MAX_REASONS) {
            throw new IllegalArgumentException("a notice states at most " + MAX_REASONS + " principal reasons, "
                    + reasons.size() + " were given");
        }
        if (reasons.stream().distinct().count() != reasons.size()) {
            throw new IllegalArgumentException("a principal reason is given twice");
        }
    }

    public Optional<CreditScoreDisclosure> score() {
        return Optional.ofNullable(creditScore);
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
