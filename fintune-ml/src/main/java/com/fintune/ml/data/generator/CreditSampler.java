package com.fintune.ml.data.generator;

import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.underwriting.ProductLimits;
import java.util.Random;

import static com.fintune.ml.data.generator.Sampling.normal;
import static com.fintune.ml.data.generator.Sampling.pick;
import static com.fintune.ml.data.generator.Sampling.poisson;
import static com.fintune.ml.data.generator.Sampling.round;
import static com.fintune.ml.data.generator.Sampling.uniform;

/**
 * Draws the credit file. Applicants without a credit weakness meet the program's minimum score and carry at most
 * one late payment (two with a 680+ score) and two collections; some have an old, seasoned bankruptcy or
 * foreclosure that is no longer a reason. A delinquent profile brings a score below the minimum or repeated lates;
 * a derogatory one a recent bankruptcy or foreclosure, 3+ collections or an open judgment (the last only in the
 * notes). A third of bankruptcies and foreclosures are not flagged in the structured fields: only the notes tell.
 */
final class CreditSampler {

    /** Share of bankruptcies and foreclosures the structured flags record; the rest only the notes state. */
    static final double FLAGGED_SHARE = 0.65;

    record CreditFile(Integer score, int lates, int collections, Double bankruptcyYearsAgo, boolean bankruptcyFlag,
                      Double foreclosureYearsAgo, boolean foreclosureFlag, int historyMonths, int tradelines,
                      boolean openJudgment) {
    }

    CreditFile sample(Random r, MortgageProduct product, LoanPurpose purpose, double ltv, AdverseProfile profile) {
        int minimum = product == MortgageProduct.FHA && ltv <= 90 ? 500 : ProductLimits.of(product).minCreditScore();
        double offset = switch (purpose) {
            case PURCHASE -> 0;
            case HOME_IMPROVEMENT -> -25;
            default -> -12;
        };
        double mean = offset + switch (product) {
            case JUMBO -> 768;
            case FHA -> 676;
            case VA -> 712;
            case USDA -> 700;
            default -> 748;
        };
        boolean noScore = !profile.delinquent() && r.nextDouble() < (product == MortgageProduct.FHA
                || product == MortgageProduct.USDA ? 0.02 : 0.005) && product != MortgageProduct.JUMBO;
        double s = normal(r, mean, 42, 300, 850);
        if (s < minimum) {
            s = minimum + uniform(r, 0, 40);
        }
        int lates = poisson(r, s < 680 ? 0.25 : s < 720 ? 0.1 : 0.03);
        lates = Math.min(lates, s < 680 ? 1 : 2);
        int collections = Math.min(2, poisson(r, s < 660 ? 0.3 : 0.08));
        Double bk = null;
        Double fc = null;
        boolean judgment = false;
        double bkSeasoning = ProductLimits.of(product).bankruptcySeasoningYears();
        double fcSeasoning = ProductLimits.of(product).foreclosureSeasoningYears();
        if (r.nextDouble() < 0.03) {
            bk = round(uniform(r, bkSeasoning + 0.5, 16), 0.5);
        } else if (r.nextDouble() < 0.012) {
            fc = round(uniform(r, fcSeasoning + 0.5, 15), 0.5);
        }
        if (profile.delinquent()) {
            switch (pick(r, 35, 40, 25)) {
                case 0 -> s = minimum - uniform(r, 3, 70);
                case 1 -> {
                    s = Math.min(s, normal(r, 650, 40, 500, 780));
                    lates = 3 + poisson(r, 1.2);
                }
                default -> {
                    s = Math.max(minimum, Math.min(679, normal(r, 640, 25, 500, 679)));
                    lates = 2 + poisson(r, 0.3);
                }
            }
        }
        if (profile.derogatory()) {
            s = Math.max(s - 40, Math.min(s, normal(r, 655, 40, 500, 800)));
            switch (pick(r, 35, 20, 25, 20)) {
                case 0 -> bk = round(uniform(r, 0.5, bkSeasoning - 0.25), 0.25);
                case 1 -> fc = round(uniform(r, 0.5, fcSeasoning - 0.25), 0.25);
                case 2 -> collections = 3 + poisson(r, 1.0);
                default -> judgment = true;
            }
        }
        int months = 30 + r.nextInt(340);
        int tradelines = 3 + poisson(r, 6);
        if (profile.thinFile()) {
            if (r.nextBoolean()) {
                tradelines = r.nextInt(3);
            } else {
                months = 6 + r.nextInt(18);
            }
        }
        Integer score = noScore ? null : (int) Math.round(Math.max(300, Math.min(850, s)));
        return new CreditFile(score, lates, collections, bk, bk != null && r.nextDouble() < FLAGGED_SHARE,
                fc, fc != null && r.nextDouble() < FLAGGED_SHARE, months, tradelines, judgment);
    }
}
