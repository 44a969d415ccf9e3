package com.fintune.ml.explain;

import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.underwriting.ProductCatalogue;
import com.fintune.ml.underwriting.ProgramEligibility;
import com.fintune.ml.underwriting.ProgramEligibility.Barrier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Advice without a computed figure, worded for the application's purpose and programs: a refinance is never told
 * about a down payment, and a program is only suggested when its terms ({@link ProgramEligibility}) allow it.
 */
final class ProgramAdvice {

    private ProgramAdvice() {
    }

    /** The advice for a reason when no figure could be computed. */
    static String hint(ApplicantProfile a, CreditLimits limits, ReasonCategory category) {
        return switch (category) {
            case COLLATERAL -> a.isPurchase()
                    ? "Increase the down payment, choose a lower-priced property, or request a reconsideration of value."
                    : "Request a smaller loan, or request a reconsideration of value.";
            case CASH -> a.isPurchase() ? category.remediationHint()
                    : "Document additional verified assets to cover the closing costs and the required reserves.";
            case MORTGAGE_INSURANCE -> mortgageInsurance(a, limits);
            case OTHER_POLICY -> otherPolicy(a);
            default -> category.remediationHint();
        };
    }

    private static String mortgageInsurance(ApplicantProfile a, CreditLimits limits) {
        String ltv = Figures.percent(limits.ltvWithoutMiPercent());
        String base = a.isPurchase()
                ? "Increase the down payment to " + Figures.exact(100 - limits.ltvWithoutMiPercent())
                + "% of the price so that mortgage insurance is not required"
                : "Request a loan of at most " + ltv + " of the property's value so that mortgage insurance is not"
                + " required";
        List<String> programs = new ArrayList<>();
        if (!"FHA".equals(a.productCode()) && fits(a, MortgageProduct.FHA)) {
            programs.add("an FHA");
        }
        if (!"USDA".equals(a.productCode()) && fits(a, MortgageProduct.USDA)) {
            programs.add("a USDA");
        }
        return programs.isEmpty() ? base + "."
                : base + ", or apply for " + String.join(" or ", programs) + " loan, which carries its own insurance"
                + " or guarantee.";
    }

    private static boolean fits(ApplicantProfile a, MortgageProduct program) {
        return ProgramEligibility.barriers(a.programRequest(), program).isEmpty();
    }

    /** What keeps the program applied for from taking the request, in words; generic when nothing is known. */
    private static String otherPolicy(ApplicantProfile a) {
        MortgageProduct program = Arrays.stream(MortgageProduct.values())
                .filter(p -> p.name().equals(a.productCode())).findFirst().orElse(null);
        if (program == null) {
            return "Ask for a product whose terms fit the request.";
        }
        Set<Barrier> barriers = ProgramEligibility.barriers(a.programRequest(), program);
        barriers.remove(Barrier.VA_ELIGIBILITY); // the borrower applied for VA: the lender checks the certificate
        List<String> advice = new ArrayList<>();
        String name = program.words();
        if (barriers.contains(Barrier.OCCUPANCY)) {
            advice.add("The " + name + " program lends only on a principal residence: ask for a conventional program.");
        }
        if (barriers.contains(Barrier.PURPOSE)) {
            advice.add("USDA does not refinance with cash out: ask for a conventional or FHA cash-out refinance.");
        }
        if (barriers.contains(Barrier.LOAN_LIMIT)) {
            advice.add(loanLimit(a, program));
        }
        if (barriers.contains(Barrier.PROPERTY_TYPE)) {
            advice.add("The " + name + " program does not lend on this type of property: ask for a program that does.");
        }
        if (barriers.contains(Barrier.INCOME_CAP)) {
            advice.add("Household income above the USDA income limit: ask for a conventional or FHA program.");
        }
        return advice.isEmpty() ? "Ask for a product whose terms fit the request." : String.join(" ", advice);
    }

    private static String loanLimit(ApplicantProfile a, MortgageProduct program) {
        String conforming = Figures.money(ProductCatalogue.CONFORMING_LOAN_LIMIT_2024);
        boolean aboveConforming = a.loanAmount() > ProductCatalogue.CONFORMING_LOAN_LIMIT_2024;
        if (program == MortgageProduct.JUMBO && !aboveConforming) {
            return "A loan at or below the " + conforming + " conforming limit (2024) is not a jumbo loan: ask for a"
                    + " conventional program.";
        }
        if (aboveConforming && program != MortgageProduct.JUMBO) {
            return "A loan above the " + conforming + " conforming limit (2024) needs a jumbo program, or request at"
                    + " most " + conforming + ".";
        }
        return "The loan amount is outside the " + program.words() + " program's loan limits: request an amount"
                + " within them.";
    }
}
