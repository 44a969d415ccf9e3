package com.fintune.ml.data.generator;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.underwriting.AgencyEligibility;
import com.fintune.ml.underwriting.CompensatingFactors;
import com.fintune.ml.underwriting.Criterion;
import com.fintune.ml.underwriting.ProductLimits;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The synthetic lender's deterministic underwriting policy: from the structured facts and the file's events to
 * the denial reasons (at most four, most important first) and whether an exception was needed. Every rule is
 * written out in docs/data.md; program limits come from {@link AgencyEligibility}, the same code serving uses.
 */
final class UnderwritingPolicy {

    /** Order in which reasons are kept when more than four apply (HMDA reports at most four). */
    static final List<ReasonCategory> PRIORITY = List.of(ReasonCategory.INCOMPLETE, ReasonCategory.UNVERIFIABLE,
            ReasonCategory.DELINQUENCY, ReasonCategory.DEROGATORY, ReasonCategory.DTI, ReasonCategory.COLLATERAL,
            ReasonCategory.OTHER_POLICY, ReasonCategory.CASH, ReasonCategory.INCOME, ReasonCategory.EMPLOYMENT,
            ReasonCategory.THIN_FILE, ReasonCategory.MORTGAGE_INSURANCE);

    record Outcome(Set<ReasonCategory> reasons, boolean exceptionUsed) {
    }

    private final AgencyEligibility eligibility = new AgencyEligibility();

    Outcome decide(Draft d) {
        LoanApplication a = d.application();
        Set<NoteEvent> ev = d.events();
        Set<Criterion> failed = eligibility.failed(a);
        Set<ReasonCategory> r = EnumSet.noneOf(ReasonCategory.class);
        boolean exception = false;
        MortgageProduct p = a.product();
        double dti = a.dtiPercent();
        if (dti > ProductLimits.of(p).maxDtiWithCompensatingFactors() || ev.contains(NoteEvent.NEW_DEBT)) {
            r.add(ReasonCategory.DTI);
        } else if (dti > ProductLimits.of(p).maxDti()) {
            if (CompensatingFactors.hasCompensatingFactors(a)) {
                exception = true;
            } else {
                r.add(ReasonCategory.DTI);
            }
        }
        Double housing = AgencyEligibility.housingRatio(a);
        if ((housing != null && housing > AgencyEligibility.MAX_HOUSING_RATIO) || ev.contains(NoteEvent.INCOME_DECLINING)
                || ev.contains(NoteEvent.JOB_LOSS) || a.employmentStatus() == EmploymentStatus.NOT_EMPLOYED) {
            r.add(ReasonCategory.INCOME);
        }
        if ((failed.contains(Criterion.EMPLOYMENT) && !ev.contains(NoteEvent.SAME_LINE_OF_WORK))
                || ev.contains(NoteEvent.EMPLOYMENT_GAP) || ev.contains(NoteEvent.CONTRACT_ENDING)
                || ev.contains(NoteEvent.JOB_LOSS)) {
            r.add(ReasonCategory.EMPLOYMENT);
        }
        if (delinquent(a) || ev.contains(NoteEvent.NEW_LATES)) {
            r.add(ReasonCategory.DELINQUENCY);
        }
        if (derogatory(d)) {
            r.add(ReasonCategory.DEROGATORY);
        }
        if (AgencyEligibility.isThinFile(a) || ev.contains(NoteEvent.LIMITED_CREDIT)) {
            r.add(ReasonCategory.THIN_FILE);
        }
        if (failed.contains(Criterion.LTV) || ev.contains(NoteEvent.PROPERTY_CONDITION)) {
            r.add(ReasonCategory.COLLATERAL);
        }
        if (failed.contains(Criterion.CASH) || ev.contains(NoteEvent.FUNDS_SHORT)) {
            r.add(ReasonCategory.CASH);
        }
        if (ev.contains(NoteEvent.EMPLOYER_UNVERIFIABLE) || ev.contains(NoteEvent.INCOME_UNVERIFIABLE)
                || ev.contains(NoteEvent.ASSETS_UNVERIFIABLE)) {
            r.add(ReasonCategory.UNVERIFIABLE);
        }
        if (ev.contains(NoteEvent.MISSING_DOCUMENTS) || ev.contains(NoteEvent.BORROWER_UNRESPONSIVE)) {
            r.add(ReasonCategory.INCOMPLETE);
        }
        if (ev.contains(NoteEvent.MI_DECLINED)) {
            r.add(ReasonCategory.MORTGAGE_INSURANCE);
        }
        if (failed.contains(Criterion.LOAN_LIMIT) || failed.contains(Criterion.OCCUPANCY)
                || failed.contains(Criterion.PURPOSE) || failed.contains(Criterion.PROPERTY_TYPE)
                || failed.contains(Criterion.INCOME_CAP) || ev.contains(NoteEvent.NON_WARRANTABLE_CONDO)
                || ev.contains(NoteEvent.INELIGIBLE_USE)) {
            r.add(ReasonCategory.OTHER_POLICY);
        }
        return new Outcome(principal(r), exception && r.isEmpty());
    }

    /** Credit history fails on delinquency: score below the program minimum, 3+ lates, or 2+ lates under 680. */
    static boolean delinquent(LoanApplication a) {
        int lates = a.latePayments24m() == null ? 0 : a.latePayments24m();
        boolean belowMinimum = a.creditScore() != null && a.creditScore() < AgencyEligibility.minScore(a);
        return belowMinimum || lates >= 3 || (lates >= 2 && a.creditScore() != null && a.creditScore() < 680);
    }

    /**
     * Credit history fails on public record: a bankruptcy or foreclosure inside the program's seasoning (whether or
     * not the structured flag records it: the notes tell), 3+ collections, or an open judgment in the notes.
     */
    static boolean derogatory(Draft d) {
        LoanApplication a = d.application();
        MortgageProduct p = a.product();
        int collections = a.collectionsCount() == null ? 0 : a.collectionsCount();
        return recent(d.bankruptcyYearsAgo(), ProductLimits.of(p).bankruptcySeasoningYears())
                || recent(d.foreclosureYearsAgo(), ProductLimits.of(p).foreclosureSeasoningYears())
                || collections >= 3 || d.events().contains(NoteEvent.OPEN_JUDGMENT);
    }

    private static boolean recent(Double yearsAgo, double seasoning) {
        return yearsAgo != null && yearsAgo < seasoning;
    }

    private static Set<ReasonCategory> principal(Set<ReasonCategory> all) {
        Set<ReasonCategory> kept = EnumSet.noneOf(ReasonCategory.class);
        for (ReasonCategory c : PRIORITY) {
            if (all.contains(c) && kept.size() < 4) {
                kept.add(c);
            }
        }
        return kept;
    }
}
