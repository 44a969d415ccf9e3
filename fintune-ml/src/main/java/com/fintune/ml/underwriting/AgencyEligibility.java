package com.fintune.ml.underwriting;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Baseline agency eligibility of an application for its requested program, from the structured facts only
 * (notes are not read here). Unknown facts do not fail a rule, except that a missing credit score is a thin file.
 * Limits: {@link ProductCatalogue}; LTV caps by occupancy and purpose per Fannie Mae's Eligibility Matrix
 * (second home 90%, investment 85%, cash-out 80%), FHA cash-out 80%, jumbo overlays.
 */
public final class AgencyEligibility {

    /** Minimum tradelines and months of history for a scoreable, traditional credit file. */
    public static final int MIN_TRADELINES = 3;
    public static final int MIN_HISTORY_MONTHS = 24;
    /** Years in the line of work that agencies treat as stable employment. */
    public static final double MIN_YEARS_EMPLOYED = 2.0;
    /** Housing payment above this share of income (%) means income is insufficient for the amount requested. */
    public static final double MAX_HOUSING_RATIO = 40.0;

    /** The rules the application fails; empty = meets the baseline criteria. */
    public Set<Criterion> failed(LoanApplication a) {
        Set<Criterion> failed = EnumSet.noneOf(Criterion.class);
        MortgageProduct p = a.product();
        ProductLimits limits = ProductLimits.of(p);
        if (a.creditScore() != null && a.creditScore() < minScore(a)) {
            failed.add(Criterion.CREDIT_SCORE);
        }
        if (a.dtiPercent() != null && a.dtiPercent() > limits.maxDti()) {
            failed.add(Criterion.DTI);
        }
        Double ltv = a.cltvPercent() != null ? a.cltvPercent() : a.ltvPercent();
        if (ltv != null && ltv > maxLtv(a) + 1e-9) {
            failed.add(Criterion.LTV);
        }
        if (a.loanAmount() > limits.maxLoanAmount() || a.loanAmount() < limits.minLoanAmount()) {
            failed.add(Criterion.LOAN_LIMIT);
        }
        if (limits.principalResidenceOnly() && a.occupancy() != Occupancy.PRINCIPAL_RESIDENCE) {
            failed.add(Criterion.OCCUPANCY);
        }
        if (p == MortgageProduct.USDA && a.purpose() == LoanPurpose.CASH_OUT_REFINANCE) {
            failed.add(Criterion.PURPOSE);
        }
        if (a.propertyType() == PropertyType.MULTIFAMILY
                || (p == MortgageProduct.USDA && a.propertyType() == PropertyType.TWO_TO_FOUR_UNIT)
                || (p == MortgageProduct.JUMBO && a.propertyType() == PropertyType.MANUFACTURED)) {
            failed.add(Criterion.PROPERTY_TYPE);
        }
        if (limits.maxAnnualIncome() > 0 && a.annualIncome() != null
                && a.annualIncome() > limits.maxAnnualIncome()) {
            failed.add(Criterion.INCOME_CAP);
        }
        Double shortfall = cashShortfall(a);
        if (shortfall != null && shortfall > 0) {
            failed.add(Criterion.CASH);
        }
        if (a.yearsEmployed() != null && a.yearsEmployed() < MIN_YEARS_EMPLOYED
                && a.employmentStatus() != EmploymentStatus.RETIRED) {
            failed.add(Criterion.EMPLOYMENT);
        }
        if (isThinFile(a)) {
            failed.add(Criterion.CREDIT_DEPTH);
        }
        if (a.latePayments24m() != null && a.latePayments24m() >= 2) {
            failed.add(Criterion.LATE_PAYMENTS);
        }
        if (Boolean.TRUE.equals(a.priorBankruptcy()) || Boolean.TRUE.equals(a.priorForeclosure())
                || (a.collectionsCount() != null && a.collectionsCount() >= 2)) {
            failed.add(Criterion.DEROGATORY);
        }
        return failed;
    }

    /** Program minimum score; FHA allows 500-579 only at 90% LTV or less. */
    public static int minScore(LoanApplication a) {
        if (a.product() == MortgageProduct.FHA && a.ltvPercent() != null && a.ltvPercent() <= 90) {
            return 500;
        }
        return ProductLimits.of(a.product()).minCreditScore();
    }

    /** Program maximum LTV for this occupancy and purpose. */
    public static double maxLtv(LoanApplication a) {
        MortgageProduct p = a.product();
        return maxLtv(p, ProductLimits.of(p).maxLtv(), a.purpose(), a.occupancy(), a.propertyType());
    }

    /**
     * A program's LTV cap ({@code programMax}, its principal-residence purchase limit) lowered for cash-out, second
     * homes, investment properties and, in conventional programs, 2-4 unit and manufactured homes.
     */
    public static double maxLtv(MortgageProduct p, double programMax, LoanPurpose purpose, Occupancy occupancy,
                                PropertyType propertyType) {
        double max = programMax;
        if (purpose == LoanPurpose.CASH_OUT_REFINANCE && p != MortgageProduct.VA) {
            max = Math.min(max, p == MortgageProduct.JUMBO ? 70 : 80);
        }
        if (occupancy == Occupancy.SECOND_HOME) {
            max = Math.min(max, p == MortgageProduct.JUMBO ? 75 : 90);
        } else if (occupancy == Occupancy.INVESTMENT) {
            max = Math.min(max, p == MortgageProduct.JUMBO ? 70 : 85);
        }
        if (p == MortgageProduct.CONVENTIONAL && (propertyType == PropertyType.TWO_TO_FOUR_UNIT
                || propertyType == PropertyType.MANUFACTURED)) {
            max = Math.min(max, 95);
        }
        return max;
    }

    /** Months of housing payment the program requires in reserve (investment and 2-4 units need 6). */
    public static int reserveMonths(LoanApplication a) {
        int months = ProductLimits.of(a.product()).reserveMonths();
        if (a.occupancy() == Occupancy.INVESTMENT || a.propertyType() == PropertyType.TWO_TO_FOUR_UNIT) {
            months = Math.max(months, 6);
        }
        return months;
    }

    /** Dollars missing for cash to close plus required reserves (negative = surplus); null if unknown. */
    public static Double cashShortfall(LoanApplication a) {
        if (a.liquidReserves() == null || a.cashToClose() == null) {
            return null;
        }
        double housing = a.monthlyHousingPayment() == null ? 0 : a.monthlyHousingPayment();
        return a.cashToClose() + reserveMonths(a) * housing - a.liquidReserves();
    }

    /** Proposed housing payment as a percentage of monthly income (front-end ratio); null if unknown. */
    public static Double housingRatio(LoanApplication a) {
        if (a.monthlyHousingPayment() == null || a.annualIncome() == null || a.annualIncome() <= 0) {
            return null;
        }
        return a.monthlyHousingPayment() / (a.annualIncome() / 12) * 100;
    }

    /** No score, fewer than 3 tradelines or under 24 months of history. */
    public static boolean isThinFile(LoanApplication a) {
        return a.creditScore() == null
                || (a.tradelines() != null && a.tradelines() < MIN_TRADELINES)
                || (a.creditHistoryMonths() != null && a.creditHistoryMonths() < MIN_HISTORY_MONTHS);
    }
}
