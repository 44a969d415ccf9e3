package com.fintune.ml.explain;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.underwriting.ProductCatalogue;
import com.fintune.ml.underwriting.ProductOffer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Alternative products respect occupancy, purpose, loan limits and eligibility, on hand-made applications. */
class AlternativeProductsTest {

    private final Explainer explainer = new Explainer(DecisionPolicy.defaults());

    /** A strong file (score 760, DTI 30%, verified, reserves) so that only program terms can rule a product out. */
    static LoanApplication application(double loan, double value, LoanPurpose purpose, Occupancy occupancy,
                                       PropertyType type, MortgageProduct product, double income) {
        return LoanApplication.builder().loanAmount(loan).purpose(purpose).product(product).termMonths(360)
                .lienStatus(LienStatus.FIRST).occupancy(occupancy).propertyValue(value).propertyType(type)
                .annualIncome(income).monthlyDebts(500.0).monthlyHousingPayment(income * 0.3 / 12 - 500)
                .creditScore(760).dtiPercent(30.0).ltvPercent(Math.round(1000 * loan / value) / 10.0)
                .employmentStatus(EmploymentStatus.SALARIED).yearsEmployed(8.0).liquidReserves(400_000.0)
                .cashToClose(purpose == LoanPurpose.PURCHASE ? value - loan + 8_000 : 6_000.0)
                .creditHistoryMonths(180).tradelines(9).latePayments24m(0).collectionsCount(0)
                .priorBankruptcy(false).priorForeclosure(false).incomeVerified(true).employmentVerified(true)
                .assetsVerified(true).underwriterNotes("Hand-made application.").build();
    }

    List<String> alternatives(LoanApplication a) {
        return explainer.explain(a, new float[ReasonCategory.COUNT], 5, ProductOffer.builtIn())
                .alternativeProducts().stream().map(ProductOffer::code).toList();
    }

    @Test
    void anInvestmentTwoToFourUnitCashOutGetsNoGovernmentProgram() {
        List<String> offered = alternatives(application(300_000, 500_000, LoanPurpose.CASH_OUT_REFINANCE,
                Occupancy.INVESTMENT, PropertyType.TWO_TO_FOUR_UNIT, MortgageProduct.CONVENTIONAL, 150_000));
        assertTrue(offered.stream().noneMatch(Set.of("FHA", "VA", "USDA", "JUMBO")::contains), offered.toString());
    }

    @Test
    void aSecondHomeGetsNoGovernmentProgram() {
        List<String> offered = alternatives(application(200_000, 400_000, LoanPurpose.PURCHASE,
                Occupancy.SECOND_HOME, PropertyType.SINGLE_FAMILY, MortgageProduct.JUMBO, 90_000));
        assertEquals(List.of("CONVENTIONAL"), offered);
    }

    @Test
    void aSmallLoanIsNeverOfferedJumboAndVaIsNeverOffered() {
        List<String> offered = alternatives(application(240_000, 300_000, LoanPurpose.PURCHASE,
                Occupancy.PRINCIPAL_RESIDENCE, PropertyType.SINGLE_FAMILY, MortgageProduct.CONVENTIONAL, 90_000));
        assertEquals(List.of("FHA", "USDA"), offered, "principal residence, income under the USDA cap");
    }

    @Test
    void aLoanAboveTheConformingLimitIsOfferedJumboOnly() {
        List<String> offered = alternatives(application(900_000, 1_250_000, LoanPurpose.PURCHASE,
                Occupancy.PRINCIPAL_RESIDENCE, PropertyType.SINGLE_FAMILY, MortgageProduct.CONVENTIONAL, 320_000));
        assertEquals(List.of("JUMBO"), offered);
    }

    @Test
    void usdaNeverRefinancesWithCashOutButFhaMay() {
        List<String> offered = alternatives(application(200_000, 300_000, LoanPurpose.CASH_OUT_REFINANCE,
                Occupancy.PRINCIPAL_RESIDENCE, PropertyType.SINGLE_FAMILY, MortgageProduct.CONVENTIONAL, 80_000));
        assertEquals(List.of("FHA"), offered);
    }

    @Test
    void noRandomApplicationIsOfferedAProgramWhoseTermsExcludeIt() {
        Random r = new Random(12);
        for (int i = 0; i < 3000; i++) {
            double value = 80_000 + r.nextInt(1_500_000);
            double loan = Math.round(value * (0.3 + r.nextDouble() * 0.7));
            LoanApplication a = application(loan, value, pick(r, LoanPurpose.values()), pick(r, Occupancy.values()),
                    pick(r, PropertyType.values()), pick(r, MortgageProduct.values()), 30_000 + r.nextInt(300_000));
            for (String code : alternatives(a)) {
                String why = code + " offered to " + a;
                assertFalse(code.equals("VA"), why);
                if (Set.of("FHA", "VA", "USDA").contains(code)) {
                    assertEquals(Occupancy.PRINCIPAL_RESIDENCE, a.occupancy(), why);
                }
                if (code.equals("USDA")) {
                    assertFalse(a.purpose() == LoanPurpose.CASH_OUT_REFINANCE, why);
                }
                if (code.equals("JUMBO")) {
                    assertTrue(a.loanAmount() > ProductCatalogue.CONFORMING_LOAN_LIMIT_2024, why);
                }
                if (code.equals("CONVENTIONAL")) {
                    assertTrue(a.loanAmount() <= ProductCatalogue.CONFORMING_LOAN_LIMIT_2024, why);
                }
                assertFalse(a.propertyType() == PropertyType.MULTIFAMILY, why);
            }
        }
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
