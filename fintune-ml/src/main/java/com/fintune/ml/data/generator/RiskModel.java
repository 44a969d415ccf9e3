package com.fintune.ml.data.generator;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.underwriting.AgencyEligibility;
import java.util.Random;

/**
 * The risk target: a 0-100 risk index = 100 * logistic(z) plus N(0, 1.5) noise, where z is a fixed linear score of
 * the application (coefficients below, signs as in published default models: lower score, higher DTI and LTV,
 * recent derogatories, thin reserves and short employment raise risk). An average file scores about 15-25. It is an
 * index for ranking and explanation, not a calibrated probability of default.
 */
final class RiskModel {

    static final double NOISE_SD = 1.5;

    double riskIndex(Draft d) {
        return 100 * logistic(score(d));
    }

    double target(Random r, Draft d) {
        return Math.max(0, Math.min(100, riskIndex(d) + NOISE_SD * r.nextGaussian()));
    }

    static double score(Draft d) {
        LoanApplication a = d.application();
        double fico = a.creditScore() == null ? 640 : a.creditScore();
        double reserves = a.monthlyHousingPayment() == null || a.monthlyHousingPayment() <= 0 ? 0
                : (a.liquidReserves() - a.cashToClose()) / a.monthlyHousingPayment();
        double z = -1.5
                + 0.014 * (700 - fico)
                + 0.045 * (a.dtiPercent() - 36)
                + 0.03 * (a.cltvPercent() - 80)
                + 0.30 * a.latePayments24m()
                + 0.20 * Math.min(a.collectionsCount(), 5)
                + (d.bankruptcyYearsAgo() == null ? 0 : 1.2 * Math.exp(-d.bankruptcyYearsAgo() / 3))
                + (d.foreclosureYearsAgo() == null ? 0 : 1.0 * Math.exp(-d.foreclosureYearsAgo() / 3))
                - 0.06 * Math.max(-6, Math.min(reserves, 24))
                + (a.yearsEmployed() < 2 ? 0.35 : 0)
                + (AgencyEligibility.isThinFile(a) ? 0.5 : 0)
                + (a.occupancy() == Occupancy.INVESTMENT ? 0.3 : 0)
                + (a.purpose() == LoanPurpose.CASH_OUT_REFINANCE ? 0.2 : 0)
                + (d.events().contains(NoteEvent.INCOME_DECLINING) ? 0.5 : 0)
                + (d.events().contains(NoteEvent.EMPLOYMENT_GAP) ? 0.3 : 0);
        return z;
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
