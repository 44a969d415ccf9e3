package com.fintune.ml.explain;

import com.fintune.ml.underwriting.ProductOffer;
import com.fintune.ml.underwriting.ProgramEligibility;
import java.util.List;

/**
 * Finds the other products (not the one applied for) whose terms and limits the application meets as it stands: its
 * program's occupancy, purpose, loan-limit and eligibility terms ({@link ProgramEligibility}), then LTV (capped for
 * the occupancy and purpose), DTI, loan amount and score. A limit on a figure the application does not give is not
 * met (eligibility must be shown, not assumed).
 */
final class ProductMatcher {

    List<ProductOffer> qualifying(ApplicantProfile a, List<ProductOffer> products) {
        return products.stream().filter(p -> !p.code().equals(a.productCode()) && qualifies(a, p)).toList();
    }

    boolean qualifies(ApplicantProfile a, ProductOffer p) {
        ProgramEligibility.Request request = a.programRequest();
        return ProgramEligibility.barriers(request, p).isEmpty()
                && atMost(a.effectiveLtvPercent(), ProgramEligibility.maxLtv(request, p))
                && atMost(a.dtiPercent(), p.maxDtiPercent())
                && atMost(a.loanAmount(), p.maxLoanAmount())
                && (p.minCreditScore() == null || (a.creditScore() != null && a.creditScore() >= p.minCreditScore()));
    }

    private static boolean atMost(Double value, Double limit) {
        return limit == null || (value != null && value <= limit);
    }
}
