package com.fintune.ml.serving;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;

/** Applications written out by hand for serving tests. */
public final class SampleApplications {

    private SampleApplications() {
    }

    /** A stretched conventional purchase: DTI 47.2 % against a 45 % limit. */
    public static LoanApplication stretched() {
        return stretched("Borrower carries two auto loans; DTI over guideline.");
    }

    /** The same application with other underwriter notes. */
    public static LoanApplication stretched(String notes) {
        return LoanApplication.builder().loanAmount(350_000).purpose(LoanPurpose.PURCHASE)
                .product(MortgageProduct.CONVENTIONAL).termMonths(360).lienStatus(LienStatus.FIRST)
                .occupancy(Occupancy.PRINCIPAL_RESIDENCE).propertyValue(400_000.0)
                .propertyType(PropertyType.SINGLE_FAMILY).propertyYearBuilt(1998).state("OH")
                .annualIncome(96_000.0).monthlyDebts(1_200.0).monthlyHousingPayment(2_576.0).creditScore(700)
                .dtiPercent(47.2).ltvPercent(87.5).cltvPercent(87.5).employmentStatus(EmploymentStatus.SALARIED)
                .yearsEmployed(5.0).liquidReserves(60_000.0).cashToClose(55_000.0).priorBankruptcy(false)
                .priorForeclosure(false).collectionsCount(0).latePayments24m(0).creditHistoryMonths(120)
                .tradelines(8).incomeVerified(true).employmentVerified(true).assetsVerified(true)
                .underwriterNotes(notes).build();
    }
}
