package com.fintune.ml.explain;

import com.fintune.ml.underwriting.ProductOffer;
import java.util.List;

/**
 * Finds the other products (not the one applied for) whose limits the application meets as it stands. A product limit on a figure the application
 * does not give is not met (eligibility must be shown, not assumed).
 */
final class ProductMatcher {

    List<ProductOffer> qualifying(ApplicantProfile a, List<ProductOffer> products) {
        return products.stream().filter(p -> !p.code().equals(a.productCode()) && qualifies(a, p)).toList();
    }

    boolean qualifies(ApplicantProfile a, ProductOffer p) {
        Double ltv = a.effectiveLtvPercent();
        return atMost(ltv, p.maxLtvPercent())
                && atMost(a.dtiPercent(), p.maxDtiPercent())
                && atMost(a.loanAmount(), p.maxLoanAmount())
                && (p.minCreditScore() == null || (a.creditScore() != null && a.creditScore() >= p.minCreditScore()));
    }

    private static boolean atMost(Double value, Double limit) {
        return limit == null || (value != null && value <= limit);
    }
}
