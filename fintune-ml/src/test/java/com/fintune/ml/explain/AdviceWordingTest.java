package com.fintune.ml.explain;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.underwriting.ProductOffer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static com.fintune.ml.explain.AlternativeProductsTest.application;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Refinance advice never speaks of a down payment; advice names only programs whose terms fit; whole sentences. */
class AdviceWordingTest {

    private static final Pattern SENTENCE = Pattern.compile("[A-Z][^.]*(\\.\\d[^.]*)*"
            + "\\b(is|are|looks|exceeds|meets|falls?|covers?|could|needs|lends|does|carries|shows?)\\b.*\\.");

    private final Explainer explainer = new Explainer(DecisionPolicy.defaults());

    private Explanation explain(LoanApplication a, ReasonCategory... reasons) {
        float[] p = new float[ReasonCategory.COUNT];
        for (ReasonCategory c : reasons) {
            p[c.index()] = 0.9f;
        }
        return explainer.explain(a, p, 80, ProductOffer.builtIn());
    }

    private static String advice(Explanation e) {
        return String.join(" ", e.recommendations().stream().map(Recommendation::action).toList());
    }

    @Test
    void refinanceAdviceNeverSaysDownPayment() {
        for (LoanPurpose purpose : List.of(LoanPurpose.REFINANCE, LoanPurpose.CASH_OUT_REFINANCE)) {
            for (double loan : new double[] {200_000, 390_000}) { // LTV within limits (hints) and above (computed)
                LoanApplication a = application(loan, 400_000, purpose, Occupancy.PRINCIPAL_RESIDENCE,
                        PropertyType.SINGLE_FAMILY, MortgageProduct.CONVENTIONAL, 90_000).toBuilder()
                        .liquidReserves(1_000.0).build();
                String advice = advice(explain(a, ReasonCategory.COLLATERAL, ReasonCategory.MORTGAGE_INSURANCE,
                        ReasonCategory.CASH)).toLowerCase(Locale.ROOT);
                assertFalse(advice.contains("down payment") || advice.contains("down-payment"), advice);
            }
        }
    }

    @Test
    void purchaseAdviceStillSolvesForTheDownPayment() {
        LoanApplication a = application(390_000, 400_000, LoanPurpose.PURCHASE, Occupancy.PRINCIPAL_RESIDENCE,
                PropertyType.SINGLE_FAMILY, MortgageProduct.CONVENTIONAL, 90_000);
        assertTrue(advice(explain(a, ReasonCategory.COLLATERAL)).contains("A down payment of at least $"));
    }

    @Test
    void mortgageInsuranceAdviceSuggestsGovernmentProgramsOnlyWhereTheirTermsFit() {
        LoanApplication home = application(300_000, 400_000, LoanPurpose.PURCHASE, Occupancy.PRINCIPAL_RESIDENCE,
                PropertyType.SINGLE_FAMILY, MortgageProduct.CONVENTIONAL, 90_000).toBuilder().ltvPercent(null).build();
        String forHome = advice(explain(home, ReasonCategory.MORTGAGE_INSURANCE));
        assertTrue(forHome.contains("an FHA or a USDA loan"), forHome);
        assertFalse(forHome.contains("VA"), "VA eligibility is not recorded: " + forHome);
        LoanApplication rental = home.toBuilder().occupancy(Occupancy.INVESTMENT)
                .propertyType(PropertyType.TWO_TO_FOUR_UNIT).purpose(LoanPurpose.CASH_OUT_REFINANCE).build();
        String forRental = advice(explain(rental, ReasonCategory.MORTGAGE_INSURANCE));
        assertFalse(forRental.matches(".*\\b(FHA|VA|USDA)\\b.*"), forRental);
        assertFalse(forRental.toLowerCase(Locale.ROOT).contains("down payment"), forRental);
    }

    @Test
    void outsideProgramTermsSaysWhichTermAndNeverSuggestsJumboForASmallLoan() {
        LoanApplication fhaRental = application(240_000, 300_000, LoanPurpose.PURCHASE, Occupancy.INVESTMENT,
                PropertyType.SINGLE_FAMILY, MortgageProduct.FHA, 90_000);
        Explanation e = explain(fhaRental, ReasonCategory.OTHER_POLICY);
        assertTrue(e.riskSummary().contains("The FHA program lends only on a principal residence, and this is an "
                + "investment property."), e.riskSummary());
        assertTrue(advice(e).contains("ask for a conventional program"), advice(e));
        assertFalse(advice(e).toLowerCase(Locale.ROOT).contains("jumbo"), advice(e));
        LoanApplication smallJumbo = fhaRental.toBuilder().product(MortgageProduct.JUMBO)
                .occupancy(Occupancy.PRINCIPAL_RESIDENCE).build();
        assertTrue(advice(explain(smallJumbo, ReasonCategory.OTHER_POLICY)).contains("is not a jumbo loan"));
    }

    @Test
    void everySummarySentenceIsAWholeSentence() {
        Random r = new Random(5);
        for (int i = 0; i < 600; i++) {
            ReasonCategory c = ReasonCategory.values()[i % ReasonCategory.COUNT];
            LoanApplication a = application(100_000 + r.nextInt(900_000), 1_100_000, LoanPurpose.values()[r.nextInt(5)],
                    Occupancy.values()[r.nextInt(3)], PropertyType.values()[r.nextInt(6)],
                    MortgageProduct.values()[r.nextInt(5)], 40_000 + r.nextInt(200_000));
            String summary = explain(a, c).riskSummary();
            assertTrue(summary.endsWith("."), summary);
            for (String sentence : summary.split("(?<=\\.) (?=[A-Z])")) {
                assertTrue(SENTENCE.matcher(sentence).matches(), c + ": not a whole sentence: '" + sentence + "'");
            }
        }
    }

    @Test
    void summariesOfSeveralReasonsAtAnyRiskAreWholeSentencesToo() {
        Random r = new Random(11);
        for (int i = 0; i < 600; i++) {
            float[] p = new float[ReasonCategory.COUNT];
            for (int k = 0; k < 1 + r.nextInt(5); k++) {
                p[r.nextInt(ReasonCategory.COUNT)] = 0.3f + 0.7f * r.nextFloat();
            }
            LoanApplication a = application(50_000 + r.nextInt(1_000_000), 1_100_000,
                    LoanPurpose.values()[r.nextInt(5)], Occupancy.values()[r.nextInt(3)],
                    PropertyType.values()[r.nextInt(6)], MortgageProduct.values()[r.nextInt(5)],
                    40_000 + r.nextInt(200_000)).toBuilder().dtiPercent(20 + 40 * r.nextDouble()).build();
            String summary = explainer.explain(a, p, 100 * r.nextDouble(), ProductOffer.builtIn()).riskSummary();
            assertTrue(summary.endsWith("."), summary);
            for (String sentence : summary.split("(?<=\\.) (?=[A-Z])")) {
                assertTrue(SENTENCE.matcher(sentence).matches(), "not a whole sentence: '" + sentence + "'");
            }
        }
    }
}
