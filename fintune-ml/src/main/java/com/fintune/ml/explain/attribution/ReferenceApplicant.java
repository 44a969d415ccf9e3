package com.fintune.ml.explain.attribution;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.underwriting.ProductCatalogue;

/**
 * The documented applicant that attributions are measured against: a clean, conventionally approvable file for the
 * same request. Amounts scale with the application's own loan, so that mixing a group of the reference into the
 * application keeps the figures plausible together:
 * <ul>
 *   <li>income: four times the yearly housing payment (a 25 % housing ratio);</li>
 *   <li>debts: back-end DTI 30 %;</li>
 *   <li>credit score 740; credit history: no late payments, collections, bankruptcy or foreclosure, a 10-year
 *       history with 8 tradelines;</li>
 *   <li>collateral: a single-family home built in 2005 worth loan / 0.75 (LTV and CLTV 75 %);</li>
 *   <li>cash: 3 % of the loan to close (plus the 25 % down payment on a purchase) and 12 months of housing payments
 *       in reserve after closing;</li>
 *   <li>employment: salaried for 6 years; verification: income, employment and assets verified;</li>
 *   <li>program: a 30-year first-lien conventional loan (jumbo above the conforming limit) on a principal residence,
 *       for the application's own purpose;</li>
 *   <li>notes: none (an empty note is the neutral note).</li>
 * </ul>
 * The loan amount, the proposed housing payment (estimated as 0.75 % of the loan a month when not given) and the
 * location are the application's own.
 */
public final class ReferenceApplicant {

    static final double HOUSING_SHARE_OF_INCOME = 0.25;
    static final double REFERENCE_DTI = 30;
    static final int REFERENCE_SCORE = 740;
    static final double REFERENCE_LTV = 75;
    static final double CLOSING_COSTS_SHARE = 0.03;
    static final double RESERVE_MONTHS = 12;
    static final double ESTIMATED_PAYMENT_SHARE = 0.0075;

    private ReferenceApplicant() {
    }

    /** The reference for {@code application}'s request. */
    public static LoanApplication of(LoanApplication application) {
        double loan = application.loanAmount();
        double housing = application.monthlyHousingPayment() != null && application.monthlyHousingPayment() > 0
                ? application.monthlyHousingPayment() : loan * ESTIMATED_PAYMENT_SHARE;
        double value = Math.round(loan / (REFERENCE_LTV / 100));
        LoanPurpose purpose = application.purpose();
        double cashToClose = Math.round(loan * CLOSING_COSTS_SHARE + (purpose == LoanPurpose.PURCHASE ? value - loan : 0));
        MortgageProduct product = loan > ProductCatalogue.CONFORMING_LOAN_LIMIT_2024 ? MortgageProduct.JUMBO
                : MortgageProduct.CONVENTIONAL;
        return application.toBuilder()
                .annualIncome((double) Math.round(housing * 12 / HOUSING_SHARE_OF_INCOME))
                .dtiPercent(REFERENCE_DTI)
                .creditScore(REFERENCE_SCORE)
                .latePayments24m(0).collectionsCount(0).priorBankruptcy(false).priorForeclosure(false)
                .creditHistoryMonths(120).tradelines(8)
                .propertyValue(value).ltvPercent(REFERENCE_LTV).cltvPercent(REFERENCE_LTV)
                .propertyType(PropertyType.SINGLE_FAMILY).propertyYearBuilt(2005)
                .cashToClose(cashToClose).liquidReserves((double) Math.round(cashToClose + RESERVE_MONTHS * housing))
                .employmentStatus(EmploymentStatus.SALARIED).yearsEmployed(6.0)
                .incomeVerified(true).employmentVerified(true).assetsVerified(true)
                .product(product).purpose(purpose).occupancy(Occupancy.PRINCIPAL_RESIDENCE)
                .lienStatus(LienStatus.FIRST).termMonths(360)
                .underwriterNotes("")
                .build();
    }
}
