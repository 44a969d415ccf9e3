package com.fintune.ml.features;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.underwriting.AgencyEligibility;
import com.fintune.ml.underwriting.CompensatingFactors;
import com.fintune.ml.underwriting.Criterion;
import com.fintune.ml.underwriting.ProductLimits;
import java.util.Set;

/**
 * The single place features are computed, for training, serving and batch alike. Reads only a
 * {@link LoanApplication}; protected characteristics cannot reach it. Deterministic and thread-safe.
 */
public final class FeaturePipeline {

    /** Year property age is measured from unless told otherwise: the year the synthetic lender's data describes. */
    public static final int DEFAULT_AS_OF_YEAR = 2024;

    private final int asOfYear;
    private final AgencyEligibility eligibility = new AgencyEligibility();
    private final CombinedTextRenderer renderer = new CombinedTextRenderer();
    private final ProtectedMentionMasker masker = new ProtectedMentionMasker();

    public FeaturePipeline() {
        this(DEFAULT_AS_OF_YEAR);
    }

    /** @param asOfYear the year property age is measured from (fixed, so features do not drift with the clock) */
    public FeaturePipeline(int asOfYear) {
        this.asOfYear = asOfYear;
    }

    public ApplicationFeatures extract(LoanApplication a) {
        Double incomeToLoan = a.annualIncome() == null ? null : a.annualIncome() / a.loanAmount();
        Integer propertyAge = a.propertyYearBuilt() == null ? null : Math.max(0, asOfYear - a.propertyYearBuilt());
        Set<Criterion> failed = eligibility.failed(a);
        ApplicationFeatures partial = new ApplicationFeatures(incomeToLoan, propertyAge,
                CreditTier.of(a.creditScore()), LtvCategory.of(a.ltvPercent()), DtiCategory.of(a.dtiPercent()),
                "", "", isHighRisk(a), failed.isEmpty(), failed, a.product(), a.purpose(), a.occupancy(),
                a.propertyType(), facts(a));
        String notes = maskedNotes(a);
        String text = renderer.render(a, partial, notes);
        return new ApplicationFeatures(partial.incomeToLoan(), partial.propertyAge(), partial.creditTier(),
                partial.ltvCategory(), partial.dtiCategory(), text, notes, partial.highRiskFlag(),
                partial.meetsCriteria(), failed, a.product(), a.purpose(), a.occupancy(), a.propertyType(),
                partial.facts());
    }

    /**
     * The underwriter's notes as a model may read them: protected-characteristic mentions neutralised
     * ({@link ProtectedMentionMasker}), whitespace collapsed; "" when there are none.
     */
    public String maskedNotes(LoanApplication a) {
        String notes = a.underwriterNotes();
        return notes == null || notes.isBlank() ? "" : masker.mask(notes).replaceAll("\\s+", " ").strip();
    }

    /** Only the combined text (the application in words plus the masked notes). */
    public String combinedText(LoanApplication a) {
        return extract(a).combinedText();
    }

    static boolean isHighRisk(LoanApplication a) {
        return (a.creditScore() != null && a.creditScore() < 620)
                || (a.dtiPercent() != null && a.dtiPercent() > 50)
                || (a.ltvPercent() != null && a.ltvPercent() > 97)
                || Boolean.TRUE.equals(a.priorBankruptcy()) || Boolean.TRUE.equals(a.priorForeclosure())
                || (a.latePayments24m() != null && a.latePayments24m() >= 2);
    }

    private static CreditFacts facts(LoanApplication a) {
        Double shortfall = AgencyEligibility.cashShortfall(a);
        double housing = a.monthlyHousingPayment() == null ? 0 : a.monthlyHousingPayment();
        double reserveMonths = a.liquidReserves() == null || a.cashToClose() == null || housing <= 0 ? 0
                : Math.max(-24, Math.min(120, (a.liquidReserves() - a.cashToClose()) / housing));
        double ltv = a.ltvPercent() == null ? 80 : a.ltvPercent();
        Double front = AgencyEligibility.housingRatio(a);
        ProductLimits limits = a.product() == null ? null : ProductLimits.of(a.product());
        return new CreditFacts(
                a.creditScore() == null ? 680 : a.creditScore(), a.creditScore() == null,
                a.dtiPercent() == null ? 36 : a.dtiPercent(), a.dtiPercent() == null,
                ltv, a.cltvPercent() == null ? ltv : a.cltvPercent(), a.ltvPercent() == null,
                reserveMonths, shortfall == null ? 0 : shortfall / 1000,
                a.yearsEmployed() == null ? 0 : a.yearsEmployed(),
                a.latePayments24m() == null ? 0 : a.latePayments24m(),
                a.collectionsCount() == null ? 0 : a.collectionsCount(),
                Boolean.TRUE.equals(a.priorBankruptcy()), Boolean.TRUE.equals(a.priorForeclosure()),
                a.tradelines() == null ? 0 : a.tradelines(),
                a.creditHistoryMonths() == null ? 0 : a.creditHistoryMonths() / 12.0,
                a.loanAmount() / 1000, a.annualIncome() == null ? 0 : a.annualIncome() / 1000,
                front == null ? 0 : Math.min(200, front), front == null,
                a.dtiPercent() == null || a.product() == null ? 0 : a.dtiPercent() - limits.maxDti(),
                a.dtiPercent() == null || a.product() == null ? 0
                        : a.dtiPercent() - limits.maxDtiWithCompensatingFactors(),
                CompensatingFactors.hasCompensatingFactors(a));
    }
}
