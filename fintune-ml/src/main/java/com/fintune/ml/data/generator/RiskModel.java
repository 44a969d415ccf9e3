package com.fintune.ml.data.generator;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.underwriting.AgencyEligibility;
import java.util.Random;
import java.util.Set;

/**
 * The risk target: a 0-100 risk index = 100 * logistic(z) plus N(0, {@value #NOISE_SD}) noise, where z is a fixed
 * score of the file, read from the same facts as the policy (the notes' events included, so an event stated only
 * in the notes moves the risk as it moves the reasons). Signs as in published default models: a lower score, higher
 * DTI and CLTV, lower income, lates, collections, a recent bankruptcy or foreclosure, thin reserves and short
 * employment raise risk; on top, a file the policy denies on credit history (DELINQUENCY or DEROGATORY) carries
 * {@value #CREDIT_DENIAL} on z, so credit denials score above 70 and a clean approvable file below 30. Every term
 * is monotone: raising DTI, LTV or CLTV, or lowering score or income, never lowers the risk. An index for ranking
 * and explanation, not a calibrated probability of default.
 */
final class RiskModel {

    static final double NOISE_SD = 1.5;
    static final double CREDIT_DENIAL = 3.0;

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
        double cltv = Math.max(a.ltvPercent(), a.cltvPercent() == null ? 0 : a.cltvPercent());
        double leverage = 0.5 * a.ltvPercent() + 0.5 * cltv;
        double income = Math.max(5_000, a.annualIncome());
        Set<NoteEvent> ev = d.events();
        boolean creditDenial = UnderwritingPolicy.delinquent(a) || ev.contains(NoteEvent.NEW_LATES)
                || UnderwritingPolicy.derogatory(d);
        return -1.7
                + 0.02 * (720 - fico)
                + 0.08 * (a.dtiPercent() - 36)
                + 0.045 * (leverage - 80)
                - 0.5 * Math.log(income / 100_000)
                + 0.45 * Math.min(a.latePayments24m(), 6)
                + 0.35 * Math.min(a.collectionsCount(), 5)
                + (d.bankruptcyYearsAgo() == null ? 0 : 2.0 * Math.exp(-d.bankruptcyYearsAgo() / 4))
                + (d.foreclosureYearsAgo() == null ? 0 : 1.6 * Math.exp(-d.foreclosureYearsAgo() / 4))
                + (ev.contains(NoteEvent.OPEN_JUDGMENT) ? 0.8 : 0)
                + (creditDenial ? CREDIT_DENIAL : 0)
                - 0.05 * Math.max(-6, Math.min(reserves, 24))
                + (a.yearsEmployed() < 2 ? 0.3 : 0)
                + (AgencyEligibility.isThinFile(a) ? 0.6 : 0)
                + (a.occupancy() == Occupancy.INVESTMENT ? 0.3 : 0)
                + (a.purpose() == LoanPurpose.CASH_OUT_REFINANCE ? 0.2 : 0)
                + (ev.contains(NoteEvent.INCOME_DECLINING) ? 0.6 : 0)
                + (ev.contains(NoteEvent.JOB_LOSS) ? 0.9 : 0)
                + (ev.contains(NoteEvent.EMPLOYMENT_GAP) ? 0.4 : 0)
                + (ev.contains(NoteEvent.NEW_DEBT) ? 0.8 : 0)
                + (ev.contains(NoteEvent.LIMITED_CREDIT) ? 0.6 : 0)
                + (ev.contains(NoteEvent.FUNDS_SHORT) ? 0.3 : 0);
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
