package com.fintune.ml.underwriting;

import com.fintune.ml.data.LoanApplication;

/** The mortgage-insurance rules: when a program needs private MI, and when the private insurer declines. */
public final class MortgageInsurance {

    /** The insurer declines scores below this. */
    public static final int INSURER_MIN_CREDIT_SCORE = 640;
    /**
     * Layered risk the insurer declines: DTI above this (%) with LTV above {@link #INSURER_HIGH_LTV} and a score
     * below {@link #INSURER_LAYERED_RISK_SCORE}.
     */
    public static final double INSURER_MAX_DTI_AT_HIGH_LTV = 43;
    public static final double INSURER_HIGH_LTV = 95;
    public static final int INSURER_LAYERED_RISK_SCORE = 700;

    private MortgageInsurance() {
    }

    /** True when the application's program needs private mortgage insurance at its LTV. */
    public static boolean requiresPrivateMi(LoanApplication a) {
        return a.ltvPercent() != null && ProductLimits.of(a.product()).requiresPrivateMi(a.ltvPercent());
    }

    /**
     * The private mortgage insurer's own rule: it declines scores under 640, and layered risk: DTI over 43% with LTV
     * over 95% and a score under 700.
     */
    public static boolean insurerDeclines(LoanApplication a) {
        int score = a.creditScore() == null ? 0 : a.creditScore();
        return score < INSURER_MIN_CREDIT_SCORE || (a.dtiPercent() != null && a.ltvPercent() != null
                && a.dtiPercent() > INSURER_MAX_DTI_AT_HIGH_LTV && a.ltvPercent() > INSURER_HIGH_LTV
                && score < INSURER_LAYERED_RISK_SCORE);
    }
}
