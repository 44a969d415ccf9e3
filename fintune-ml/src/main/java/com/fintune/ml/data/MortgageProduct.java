package com.fintune.ml.data;

/**
 * The lender's mortgage programs with their baseline agency limits (2024 figures, national baseline; county
 * high-cost limits are not modelled). Sources, see docs/data.md: FHFA conforming loan limit 2024 ($766,550),
 * HUD FHA floor 2024 ($498,257, Mortgagee Letter 2023-22), Fannie Mae Selling Guide B3-5.1 (620 minimum score),
 * B3-6-02 (DTI 45%, up to 50% with DU), B2-1.1 (97% LTV), HUD 4000.1 (580 for 96.5% LTV; DTI 43%, up to
 * 56.9% with a TOTAL Scorecard accept), VA Pamphlet 26-7 (41% DTI guideline, more with residual
 * income; no loan limit with full entitlement), USDA HB-1-3555 (29/41 ratios,
 * 115% of area median income), typical jumbo overlays (700 score, 43% DTI, 80% LTV, 6 months reserves).
 */
public enum MortgageProduct {
    CONVENTIONAL("conventional", LoanType.CONVENTIONAL, 620, 45, 50, 97.0, 80.0, 0, 1_000, 766_550, 0),
    FHA("FHA", LoanType.FHA, 580, 43, 56.9, 96.5, Double.NaN, 0, 1_000, 498_257, 0),
    VA("VA", LoanType.VA, 620, 41, 55, 100.0, Double.NaN, 0, 1_000, 1_149_825, 0),
    USDA("USDA", LoanType.USDA, 640, 41, 44, 100.0, Double.NaN, 0, 1_000, 766_550, 119_850),
    JUMBO("jumbo", LoanType.CONVENTIONAL, 700, 43, 45, 80.0, Double.NaN, 6, 766_551, 3_000_000, 0);

    private final String words;
    private final LoanType loanType;
    private final int minCreditScore;
    private final double maxDti;
    private final double maxDtiWithCompensatingFactors;
    private final double maxLtv;
    private final double privateMiAboveLtv;
    private final int reserveMonths;
    private final double minLoanAmount;
    private final double maxLoanAmount;
    private final double maxAnnualIncome;

    MortgageProduct(String words, LoanType loanType, int minCreditScore, double maxDti,
                    double maxDtiWithCompensatingFactors, double maxLtv, double privateMiAboveLtv,
                    int reserveMonths, double minLoanAmount, double maxLoanAmount, double maxAnnualIncome) {
        this.words = words;
        this.loanType = loanType;
        this.minCreditScore = minCreditScore;
        this.maxDti = maxDti;
        this.maxDtiWithCompensatingFactors = maxDtiWithCompensatingFactors;
        this.maxLtv = maxLtv;
        this.privateMiAboveLtv = privateMiAboveLtv;
        this.reserveMonths = reserveMonths;
        this.minLoanAmount = minLoanAmount;
        this.maxLoanAmount = maxLoanAmount;
        this.maxAnnualIncome = maxAnnualIncome;
    }

    public String words() {
        return words;
    }

    public LoanType loanType() {
        return loanType;
    }

    public int minCreditScore() {
        return minCreditScore;
    }

    /** Back-end DTI limit (%) without compensating factors. */
    public double maxDti() {
        return maxDti;
    }

    /** Back-end DTI limit (%) an automated underwriting finding may allow with strong compensating factors. */
    public double maxDtiWithCompensatingFactors() {
        return maxDtiWithCompensatingFactors;
    }

    /** Maximum LTV (%) for a principal-residence purchase. */
    public double maxLtv() {
        return maxLtv;
    }

    /** LTV (%) above which private mortgage insurance is required; false for programs with their own insurance. */
    public boolean requiresPrivateMi(double ltv) {
        return !Double.isNaN(privateMiAboveLtv) && ltv > privateMiAboveLtv;
    }

    /** Months of housing payment the borrower must hold in reserve after closing. */
    public int reserveMonths() {
        return reserveMonths;
    }

    public double minLoanAmount() {
        return minLoanAmount;
    }

    public double maxLoanAmount() {
        return maxLoanAmount;
    }

    /** Household income cap (USDA only); 0 = no cap. */
    public double maxAnnualIncome() {
        return maxAnnualIncome;
    }

    /** True for government programs that lend only on the borrower's principal residence. */
    public boolean principalResidenceOnly() {
        return loanType != LoanType.CONVENTIONAL;
    }

    /** The program a HMDA record most likely used: conventional loans above the conforming limit are jumbo. */
    public static MortgageProduct forLoanType(LoanType type, double loanAmount) {
        return switch (type) {
            case FHA -> FHA;
            case VA -> VA;
            case USDA -> USDA;
            case CONVENTIONAL -> loanAmount > CONVENTIONAL.maxLoanAmount ? JUMBO : CONVENTIONAL;
        };
    }
}
