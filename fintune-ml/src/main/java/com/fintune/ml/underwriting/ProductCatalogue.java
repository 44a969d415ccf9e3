package com.fintune.ml.underwriting;

import com.fintune.ml.data.LoanType;
import com.fintune.ml.data.MortgageProduct;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The lender's programs and their limits: the one catalogue that eligibility, the feature pipeline, the decision
 * policy, the synthetic lender, the command line's product offers and the server's MORTGAGE_PRODUCTS rows are read
 * from. 2024 figures, national baseline (county high-cost limits are not modelled). Sources, see docs/data.md:
 * FHFA conforming loan limit 2024 ($766,550), HUD FHA floor 2024 ($498,257, Mortgagee Letter 2023-22), Fannie Mae
 * Selling Guide B3-5.1 (620 minimum score), B3-6-02 (DTI 45%, up to 50% with DU), B2-1.1 (97% LTV), B3-5.3-07
 * (seasoning: bankruptcy 4 years, foreclosure 7), HUD 4000.1 (580 for 96.5% LTV; DTI 43%, up to 56.9% with a TOTAL
 * Scorecard accept; seasoning 2 and 3 years), VA Pamphlet 26-7 (41% DTI guideline, more with residual income; no
 * loan limit with full entitlement; seasoning 2 years), USDA HB-1-3555 (29/41 ratios, 115% of area median income;
 * seasoning 3 years), typical jumbo overlays (700 score, 43% DTI, 80% LTV, 6 months reserves, 7-year seasoning).
 */
public final class ProductCatalogue {

    /**
     * FHFA's 2024 conforming loan limit for a one-unit home (national baseline; high-cost counties and 2-4 units are
     * not modelled): the largest conventional conforming loan; jumbo lends only above it.
     */
    public static final double CONFORMING_LOAN_LIMIT_2024 = 766_550;

    /** The term every built-in program is offered at (30-year fixed). */
    public static final int TERM_MONTHS = 360;

    private static final CompensatingFactors AGENCY = new CompensatingFactors(700, 6);
    private static final CompensatingFactors GOVERNMENT = new CompensatingFactors(640, 2);

    private static final Map<MortgageProduct, ProductLimits> LIMITS = new EnumMap<>(Map.of(
            MortgageProduct.CONVENTIONAL,
            new ProductLimits(620, 45, 50, 97.0, 80.0, 0, 1_000, CONFORMING_LOAN_LIMIT_2024, 0, false, 4, 7, AGENCY),
            MortgageProduct.FHA,
            new ProductLimits(580, 43, 56.9, 96.5, null, 0, 1_000, 498_257, 0, true, 2, 3, GOVERNMENT),
            MortgageProduct.VA,
            new ProductLimits(620, 41, 55, 100.0, null, 0, 1_000, 1_149_825, 0, true, 2, 2, GOVERNMENT),
            MortgageProduct.USDA,
            new ProductLimits(640, 41, 44, 100.0, null, 0, 1_000, 766_550, 119_850, true, 3, 3, AGENCY),
            MortgageProduct.JUMBO,
            new ProductLimits(700, 43, 45, 80.0, null, 6, CONFORMING_LOAN_LIMIT_2024 + 1, 3_000_000, 0, false, 7, 7,
                    AGENCY)));

    private ProductCatalogue() {
    }

    /** The limits of a program. */
    public static ProductLimits limits(MortgageProduct product) {
        if (product == null) {
            throw new IllegalArgumentException("the mortgage program is required to look up its limits");
        }
        return LIMITS.get(product);
    }

    /** The program a HMDA record most likely used: conventional loans above the conforming limit are jumbo. */
    public static MortgageProduct programFor(LoanType type, double loanAmount) {
        return switch (type) {
            case FHA -> MortgageProduct.FHA;
            case VA -> MortgageProduct.VA;
            case USDA -> MortgageProduct.USDA;
            case CONVENTIONAL -> loanAmount > limits(MortgageProduct.CONVENTIONAL).maxLoanAmount()
                    ? MortgageProduct.JUMBO : MortgageProduct.CONVENTIONAL;
        };
    }

    /** The product a program is offered as: code = the program's name, 30-year fixed, with its limits. */
    public static ProductOffer offer(MortgageProduct product) {
        ProductLimits l = limits(product);
        return new ProductOffer(product.name(), productName(product), product.loanType().name(), l.maxLtv(),
                l.maxDti(), l.minCreditScore(), l.maxLoanAmount(), TERM_MONTHS);
    }

    /** Every program as an offered product, in program order. */
    public static List<ProductOffer> offers() {
        return Arrays.stream(MortgageProduct.values()).map(ProductCatalogue::offer).toList();
    }

    /** Readable product name, e.g. "Conventional 30-year fixed". */
    public static String productName(MortgageProduct product) {
        String words = product.words();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " 30-year fixed";
    }
}
