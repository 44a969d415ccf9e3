package com.fintune.ml.data.generator;

import com.fintune.ml.data.LoanPurpose;
import java.util.Random;

/**
 * Which weaknesses an applicant brings, drawn before the facts: most applicants bring none and are drawn within
 * their program's limits; a few are stretched on debt, credit, collateral, cash, credit depth or tenure, at rates
 * by purpose chosen so that the lender's denial rates and reason mix follow HMDA (docs/data.md, "Calibration").
 * Refinance and home-improvement applicants are weaker than buyers, home improvement above all on credit.
 */
record AdverseProfile(boolean highDti, boolean delinquent, boolean derogatory, boolean overLeveraged,
                      boolean shortOfCash, boolean thinFile, boolean shortTenure, double notesEventFactor) {

    /** Rates per purpose: DTI, delinquent, derogatory, collateral, cash, thin file, tenure, notes-event factor. */
    private static final double[][] RATES = {
        /* PURCHASE */ {0.064, 0.017, 0.008, 0.012, 0.005, 0.003, 0.003, 0.8},
        /* HOME_IMPROVEMENT */ {0.115, 0.150, 0.080, 0.060, 0.003, 0.006, 0.004, 1.4},
        /* REFINANCE */ {0.145, 0.052, 0.025, 0.058, 0.003, 0.003, 0.003, 1.1},
        /* CASH_OUT_REFINANCE */ {0.135, 0.052, 0.025, 0.052, 0.003, 0.003, 0.003, 1.1},
        /* OTHER */ {0.120, 0.048, 0.022, 0.045, 0.004, 0.004, 0.004, 1.1}};

    static AdverseProfile draw(Random r, LoanPurpose purpose) {
        double[] p = RATES[purpose.ordinal()];
        return new AdverseProfile(r.nextDouble() < p[0], r.nextDouble() < p[1], r.nextDouble() < p[2],
                r.nextDouble() < p[3], r.nextDouble() < p[4], r.nextDouble() < p[5], r.nextDouble() < p[6], p[7]);
    }
}
