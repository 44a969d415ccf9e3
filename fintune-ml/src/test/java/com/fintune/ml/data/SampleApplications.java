package com.fintune.ml.data;

/** Hand-written applications for tests. */
public final class SampleApplications {

    private SampleApplications() {
    }

    /** A clean conventional purchase that meets every baseline criterion. */
    public static LoanApplication strongPurchase() {
        return LoanApplication.builder()
                .loanAmount(320_000).purpose(LoanPurpose.PURCHASE).product(MortgageProduct.CONVENTIONAL)
                .termMonths(360).lienStatus(LienStatus.FIRST).occupancy(Occupancy.PRINCIPAL_RESIDENCE)
                .propertyValue(400_000.0).propertyType(PropertyType.SINGLE_FAMILY).propertyYearBuilt(1987)
                .state("OH").county("39049").annualIncome(120_000.0).monthlyDebts(600.0)
                .monthlyHousingPayment(2_300.0).creditScore(752).dtiPercent(29.0).ltvPercent(80.0)
                .cltvPercent(80.0).employmentStatus(EmploymentStatus.SALARIED).yearsEmployed(6.5)
                .liquidReserves(110_000.0).cashToClose(90_000.0).priorBankruptcy(false).priorForeclosure(false)
                .collectionsCount(0).latePayments24m(0).creditHistoryMonths(180).tradelines(9)
                .incomeVerified(true).employmentVerified(true).assetsVerified(true)
                .underwriterNotes("VOE done, W2s 2022/2023 on file.")
                .build();
    }
}
