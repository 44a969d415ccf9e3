package com.fintune.ml.explain.counterfactual;

/**
 * A change an applicant can make, and what it costs in the applicant's own terms (always dollars, so that
 * counterfactuals order by one measure). Nothing the applicant cannot act on is a lever: not the credit history,
 * the income, the employment, the property, the underwriter's notes, and never a protected characteristic (the
 * application record holds none).
 */
public enum Lever {
    /**
     * Borrow less on a refinance or other non-purchase loan, the property value kept. Cost: the dollars not
     * borrowed (less cash out on a cash-out refinance, cash brought to closing on a rate-and-term refinance).
     */
    LOAN_AMOUNT("dollars less borrowed"),
    /**
     * Put more down on a purchase: the loan is smaller by the same amount, cash to close larger, and the reserves
     * left after closing smaller. Cost: the extra cash at closing.
     */
    DOWN_PAYMENT("extra dollars of down payment at closing"),
    /**
     * Pay off or pay down other monthly debts. Cost: the payoff, assumed to be the monthly payment cut times
     * {@link SearchBudget#payoffMonths()} months of payments; it is paid from the verified liquid assets.
     */
    DEBT_PAYOFF("dollars paid to retire debts (monthly payment cut x payoff months)"),
    /**
     * Apply for another program the lender offers whose terms the application meets. Cost: the program's upfront
     * insurance premium or guarantee fee (FHA 1.75 %, USDA 1 % of the loan; none for conventional or jumbo).
     */
    PRODUCT_SWITCH("dollars of upfront insurance premium or guarantee fee");

    private final String costMeasure;

    Lever(String costMeasure) {
        this.costMeasure = costMeasure;
    }

    /** What the lever's cost counts, in words. */
    public String costMeasure() {
        return costMeasure;
    }
}
