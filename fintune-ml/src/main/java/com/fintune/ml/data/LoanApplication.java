package com.fintune.ml.data;

/**
 * Everything the model may read about one mortgage application: the loan, the property, the applicant's
 * non-protected financial facts and the underwriter's free-text notes. Protected characteristics live in
 * {@link Demographics} and never here. Boxed fields may be null (not reported, e.g. on a HMDA LAR); amounts are US
 * dollars, ratios are percentages (47.5 = 47.5 %).
 *
 * @param loanAmount            requested loan amount
 * @param termMonths            loan term in months (360 = 30 years)
 * @param propertyValue         appraised or estimated value
 * @param propertyYearBuilt     year the dwelling was built
 * @param state                 two-letter US state code (optional)
 * @param county                five-digit county FIPS code (optional)
 * @param annualIncome          gross annual income relied on
 * @param monthlyDebts          monthly payments on other debts (excluding the new housing payment)
 * @param monthlyHousingPayment proposed housing payment: principal, interest, taxes, insurance, dues
 * @param creditScore           representative credit score (FICO scale 300..850); null = no score
 * @param dtiPercent            back-end debt-to-income ratio (%)
 * @param ltvPercent            loan-to-value ratio (%)
 * @param cltvPercent           combined loan-to-value ratio, all liens (%)
 * @param yearsEmployed         years in the current line of work
 * @param liquidReserves        verified liquid assets available
 * @param cashToClose           down payment plus closing costs due at closing
 * @param collectionsCount      open collection accounts or judgments
 * @param latePayments24m       30+ day late payments in the past 24 months
 * @param creditHistoryMonths   age of the oldest tradeline in months
 * @param tradelines            number of credit accounts on file
 * @param incomeVerified        income documents verified (null = not yet recorded)
 * @param employmentVerified    employment verified (null = not yet recorded)
 * @param assetsVerified        assets verified (null = not yet recorded)
 * @param underwriterNotes      the underwriter's free-text notes
 */
public record LoanApplication(
        double loanAmount,
        LoanPurpose purpose,
        MortgageProduct product,
        int termMonths,
        LienStatus lienStatus,
        Occupancy occupancy,
        Double propertyValue,
        PropertyType propertyType,
        Integer propertyYearBuilt,
        String state,
        String county,
        Double annualIncome,
        Double monthlyDebts,
        Double monthlyHousingPayment,
        Integer creditScore,
        Double dtiPercent,
        Double ltvPercent,
        Double cltvPercent,
        EmploymentStatus employmentStatus,
        Double yearsEmployed,
        Double liquidReserves,
        Double cashToClose,
        Boolean priorBankruptcy,
        Boolean priorForeclosure,
        Integer collectionsCount,
        Integer latePayments24m,
        Integer creditHistoryMonths,
        Integer tradelines,
        Boolean incomeVerified,
        Boolean employmentVerified,
        Boolean assetsVerified,
        String underwriterNotes) {

    /** HMDA loan type of the requested product. */
    public LoanType loanType() {
        return product == null ? null : product.loanType();
    }

    /** A builder pre-filled with this application's values, to change a few fields. */
    public LoanApplicationBuilder toBuilder() {
        return LoanApplicationBuilder.from(this);
    }

    public static LoanApplicationBuilder builder() {
        return new LoanApplicationBuilder();
    }
}
