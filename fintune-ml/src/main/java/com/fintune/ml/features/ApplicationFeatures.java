package com.fintune.ml.features;

import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.underwriting.AgencyEligibility;
import com.fintune.ml.underwriting.Criterion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The features of one application, computed by {@link FeaturePipeline}.
 *
 * @param incomeToLoan   annual income / loan amount (null if income unknown)
 * @param propertyAge    years since the dwelling was built (null if unknown)
 * @param combinedText   the application in words plus the underwriter's masked notes (the "application" text view)
 * @param notesText      the underwriter's notes alone, protected mentions masked, "" when none (the "notes" view)
 * @param highRiskFlag   any hard risk marker: score below 620, DTI above 50%, LTV above 97%, bankruptcy or
 *                       foreclosure, 2+ recent late payments
 * @param meetsCriteria  passes every baseline agency eligibility rule ({@code failedCriteria} is empty)
 */
public record ApplicationFeatures(Double incomeToLoan, Integer propertyAge, CreditTier creditTier,
                                  LtvCategory ltvCategory, DtiCategory dtiCategory, String combinedText,
                                  String notesText,
                                  boolean highRiskFlag, boolean meetsCriteria, Set<Criterion> failedCriteria,
                                  MortgageProduct product, LoanPurpose purpose, Occupancy occupancy,
                                  PropertyType propertyType, CreditFacts facts) {

    private static final List<String> NAMES = names();

    public ApplicationFeatures {
        failedCriteria = failedCriteria.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Criterion.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(failedCriteria));
    }

    /** Column names of {@link #tabularVector()}, in order. */
    public static List<String> tabularNames() {
        return NAMES;
    }

    /** Numbers, missing-value flags and one-hot categories for the tabular baseline; never contains NaN. */
    public double[] tabularVector() {
        double[] v = new double[NAMES.size()];
        int i = 0;
        CreditFacts f = facts;
        v[i++] = incomeToLoan == null ? 0 : incomeToLoan;
        v[i++] = incomeToLoan == null ? 1 : 0;
        v[i++] = propertyAge == null ? 0 : propertyAge;
        v[i++] = f.creditScore();
        v[i++] = bit(f.creditScoreMissing());
        v[i++] = f.dtiPercent();
        v[i++] = bit(f.dtiMissing());
        v[i++] = f.ltvPercent();
        v[i++] = f.cltvPercent();
        v[i++] = bit(f.ltvMissing());
        v[i++] = f.reserveMonthsAfterClose();
        v[i++] = f.cashShortfallThousands();
        v[i++] = f.yearsEmployed();
        v[i++] = f.latePayments24m();
        v[i++] = f.collections();
        v[i++] = bit(f.priorBankruptcy());
        v[i++] = bit(f.priorForeclosure());
        v[i++] = f.tradelines();
        v[i++] = f.creditHistoryYears();
        v[i++] = f.loanAmountThousands();
        v[i++] = f.annualIncomeThousands();
        v[i++] = f.housingRatio();
        v[i++] = bit(f.housingRatioMissing());
        v[i++] = bit(f.housingRatio() > AgencyEligibility.MAX_HOUSING_RATIO);
        v[i++] = f.dtiOverStandard();
        v[i++] = f.dtiOverException();
        v[i++] = bit(f.compensatingFactors());
        v[i++] = bit(highRiskFlag);
        v[i++] = bit(meetsCriteria);
        i = oneHot(v, i, creditTier.ordinal(), CreditTier.values().length);
        i = oneHot(v, i, dtiCategory.ordinal(), DtiCategory.values().length);
        i = oneHot(v, i, ltvCategory.ordinal(), LtvCategory.values().length);
        i = oneHot(v, i, product.ordinal(), MortgageProduct.values().length);
        i = oneHot(v, i, purpose.ordinal(), LoanPurpose.values().length);
        i = oneHot(v, i, occupancy.ordinal(), Occupancy.values().length);
        i = oneHot(v, i, propertyType == null ? -1 : propertyType.ordinal(), PropertyType.values().length);
        for (Criterion c : Criterion.values()) {
            v[i++] = bit(failedCriteria.contains(c));
        }
        return v;
    }

    private static double bit(boolean b) {
        return b ? 1 : 0;
    }

    /** Sets position {@code hot} of a one-hot block; -1 (not reported) leaves the block all zero. */
    private static int oneHot(double[] v, int start, int hot, int width) {
        if (hot >= 0) {
            v[start + hot] = 1;
        }
        return start + width;
    }

    private static List<String> names() {
        List<String> n = new ArrayList<>(List.of("income_to_loan", "income_missing", "property_age",
                "credit_score", "credit_score_missing", "dti", "dti_missing", "ltv", "cltv", "ltv_missing",
                "reserve_months_after_close", "cash_shortfall_k", "years_employed", "late_payments_24m",
                "collections", "prior_bankruptcy", "prior_foreclosure", "tradelines", "credit_history_years",
                "loan_amount_k", "annual_income_k", "housing_ratio", "housing_ratio_missing",
                "housing_ratio_over_limit", "dti_over_standard_limit", "dti_over_exception_limit",
                "compensating_factors", "high_risk_flag", "meets_criteria"));
        addAll(n, "credit_tier_", CreditTier.values());
        addAll(n, "dti_category_", DtiCategory.values());
        addAll(n, "ltv_category_", LtvCategory.values());
        addAll(n, "product_", MortgageProduct.values());
        addAll(n, "purpose_", LoanPurpose.values());
        addAll(n, "occupancy_", Occupancy.values());
        addAll(n, "property_", PropertyType.values());
        addAll(n, "fails_", Criterion.values());
        return List.copyOf(n);
    }

    private static void addAll(List<String> names, String prefix, Enum<?>[] values) {
        for (Enum<?> e : values) {
            names.add(prefix + e.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
