package com.fintune.ml.explain;

import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.underwriting.ProgramEligibility;
import com.fintune.ml.underwriting.ProgramEligibility.Barrier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Writes the risk summary: one sentence for the decision, then one per principal reason built from the
 * application's own figures and the policy limits. It quotes figures exactly as given and never states a figure
 * of its own making (no derived ratio, no model score): computed figures belong to the recommendations. Every
 * sentence is a whole sentence (subject and verb, full stop), whichever reasons are reported.
 */
final class RiskSummaryWriter {

    private final DecisionPolicy policy;

    RiskSummaryWriter(DecisionPolicy policy) {
        this.policy = policy;
    }

    String write(ApplicantProfile a, CreditLimits limits, UnderwritingDecision decision, double riskScore,
                 List<RankedReason> reasons) {
        List<String> sentences = new ArrayList<>();
        sentences.add(opening(decision, riskScore, reasons.isEmpty()));
        if (reasons.isEmpty()) {
            sentences.addAll(withinLimits(a, limits));
        }
        for (RankedReason r : reasons) {
            sentences.add(sentence(a, limits, r.category()));
        }
        if (decision == UnderwritingDecision.REFER && reasons.stream().anyMatch(r -> r.probability()
                >= policy.denyProbability() && a.offsetByCompensatingFactors().contains(r.category()))) {
            sentences.add("The credit score and the reserves left after closing are compensating factors that may "
                    + "offset the debt-to-income ratio above the program's standard limit.");
        }
        return String.join(" ", sentences);
    }

    private String opening(UnderwritingDecision decision, double riskScore, boolean noReason) {
        String band = riskScore >= policy.denyRiskScore() ? "high"
                : riskScore >= policy.referRiskScore() ? "elevated" : "low";
        return switch (decision) {
            case DENY -> "The application does not meet policy and carries " + band + " risk.";
            case REFER -> noReason
                    ? "The application needs an underwriter's review: no principal reason is likely but the risk is "
                    + band + "."
                    : "The application needs an underwriter's review: the evidence is mixed and the risk is "
                    + band + ".";
            case APPROVE -> "No principal reason for denial is likely and the risk is " + band + ".";
        };
    }

    private static List<String> withinLimits(ApplicantProfile a, CreditLimits l) {
        List<String> out = new ArrayList<>();
        if (a.dtiPercent() != null && a.dtiPercent() <= l.maxDtiPercent()) {
            out.add("Debt-to-income ratio of " + Figures.percent(a.dtiPercent()) + " is within the "
                    + Figures.percent(l.maxDtiPercent()) + " limit.");
        }
        if (a.ltvPercent() != null && a.ltvPercent() <= l.maxLtvPercent()) {
            out.add("Loan-to-value ratio of " + Figures.percent(a.ltvPercent()) + " is within the "
                    + Figures.percent(l.maxLtvPercent()) + " limit.");
        }
        if (a.creditScore() != null && a.creditScore() >= l.minCreditScore()) {
            out.add("Credit score " + a.creditScore() + " meets the " + l.minCreditScore() + " minimum.");
        }
        return out;
    }

    private static String sentence(ApplicantProfile a, CreditLimits l, ReasonCategory category) {
        return switch (category) {
            case DTI -> a.dtiPercent() == null
                    ? "Obligations look too high for the income, but no debt-to-income ratio was given."
                    : compare("Debt-to-income ratio of " + Figures.percent(a.dtiPercent()),
                    a.dtiPercent() > l.maxDtiPercent(), "exceeds", "is within",
                    "the " + Figures.percent(l.maxDtiPercent()) + " limit", "obligations are flagged");
            case INCOME -> a.annualIncome() == null
                    ? "Income looks insufficient, and no income was given."
                    : "Annual income of " + Figures.money(a.annualIncome()) + " looks insufficient for a loan of "
                    + Figures.money(a.loanAmount()) + ".";
            case EMPLOYMENT -> a.yearsEmployed() == null
                    ? "Length or stability of employment is flagged; no employment history was given."
                    : compare("Employment of " + Figures.exact(a.yearsEmployed()) + " years",
                    a.yearsEmployed() < l.minEmploymentYears(), "is shorter than", "meets",
                    "the " + Figures.exact(l.minEmploymentYears()) + "-year minimum", "its stability is flagged");
            case DELINQUENCY -> a.creditScore() == null
                    ? "Delinquent credit obligations are flagged; no credit score was given."
                    : compare("Credit score " + a.creditScore(), a.creditScore() < l.minCreditScore(),
                    "is below", "meets", "the " + l.minCreditScore() + " minimum",
                    "delinquent obligations are flagged");
            case COLLATERAL -> collateral(a, l);
            case MORTGAGE_INSURANCE -> a.ltvPercent() != null && a.ltvPercent() > l.ltvWithoutMiPercent()
                    ? "At a loan-to-value ratio of " + Figures.percent(a.ltvPercent()) + ", above "
                    + Figures.percent(l.ltvWithoutMiPercent()) + ", mortgage insurance is required and looks unobtainable."
                    : "Mortgage insurance looks unobtainable for this loan.";
            case CASH -> cash(a);
            case INCOMPLETE -> "The application looks incomplete" + missing(a) + ".";
            case DEROGATORY -> "A bankruptcy, foreclosure, collection action, garnishment or judgment on record is"
                    + " flagged.";
            case THIN_FILE -> "The credit history looks too limited to assess: too few tradelines or too short a"
                    + " history.";
            case UNVERIFIABLE -> "Income, employment, assets or other information could not be verified.";
            case OTHER_POLICY -> outsideProgramTerms(a);
        };
    }

    /** Which of the program's terms the request is outside of, when the program and the facts say so. */
    private static String outsideProgramTerms(ApplicantProfile a) {
        MortgageProduct program = Arrays.stream(MortgageProduct.values())
                .filter(p -> p.name().equals(a.productCode())).findFirst().orElse(null);
        if (program != null) {
            Set<Barrier> barriers = ProgramEligibility.barriers(a.programRequest(), program);
            String name = "The " + program.words() + " program";
            if (barriers.contains(Barrier.OCCUPANCY) && a.occupancy() != null) {
                return name + " lends only on a principal residence, and this is " + article(a.occupancy().words())
                        + ".";
            }
            if (barriers.contains(Barrier.PURPOSE) && a.purpose() != null) {
                return name + " does not lend for a " + a.purpose().words() + ".";
            }
            if (barriers.contains(Barrier.LOAN_LIMIT)) {
                return "A loan of " + Figures.money(a.loanAmount()) + " is outside the " + program.words()
                        + " program's loan limits.";
            }
            if (barriers.contains(Barrier.PROPERTY_TYPE) && a.propertyType() != null) {
                return name + " does not lend on a " + a.propertyType().words() + " property.";
            }
        }
        return "The request falls outside the program's terms (loan limits, occupancy, property type or other"
                + " policy).";
    }

    private static String article(String words) {
        return ("aeiou".indexOf(Character.toLowerCase(words.charAt(0))) >= 0 ? "an " : "a ") + words;
    }

    private static String compare(String fact, boolean breached, String breachVerb, String okVerb, String limit,
                                  String despite) {
        return breached ? fact + " " + breachVerb + " " + limit + "."
                : fact + " " + okVerb + " " + limit + ", but " + despite + ".";
    }

    private static String collateral(ApplicantProfile a, CreditLimits l) {
        if (a.ltvPercent() != null) {
            return compare("Loan-to-value ratio of " + Figures.percent(a.ltvPercent()),
                    a.ltvPercent() > l.maxLtvPercent(), "exceeds", "is within",
                    "the " + Figures.percent(l.maxLtvPercent()) + " limit", "the collateral is flagged");
        }
        if (a.propertyValue() != null) {
            return "A loan of " + Figures.money(a.loanAmount()) + " against a property value of "
                    + Figures.money(a.propertyValue()) + " looks insufficiently secured.";
        }
        return "The value or type of the collateral looks insufficient.";
    }

    private static String cash(ApplicantProfile a) {
        if (a.liquidReserves() == null) {
            return "Funds to close or reserves look insufficient; no assets were given.";
        }
        if (a.cashToClose() == null) {
            return "Verified funds of " + Figures.money(a.liquidReserves()) + " look insufficient to close.";
        }
        return a.liquidReserves() < a.cashToClose()
                ? "Verified funds of " + Figures.money(a.liquidReserves()) + " fall short of the "
                + Figures.money(a.cashToClose()) + " due at closing."
                : "Verified funds of " + Figures.money(a.liquidReserves()) + " cover the "
                + Figures.money(a.cashToClose()) + " due at closing but leave too little in reserve.";
    }

    private static String missing(ApplicantProfile a) {
        List<String> absent = new ArrayList<>();
        if (a.annualIncome() == null) absent.add("income");
        if (a.creditScore() == null) absent.add("credit score");
        if (a.propertyValue() == null) absent.add("property value");
        if (a.dtiPercent() == null) absent.add("debt-to-income ratio");
        if (a.yearsEmployed() == null) absent.add("employment history");
        if (a.liquidReserves() == null) absent.add("assets");
        return absent.isEmpty() ? "" : " (not given: " + String.join(", ", absent) + ")";
    }
}
