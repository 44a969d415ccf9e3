package com.fintune.ml.underwriting;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.taxonomy.ReasonCategory;
import java.util.EnumSet;
import java.util.Set;

/**
 * Compensating factors: what lets a program accept a back-end DTI above its standard limit, up to its limit with
 * compensating factors ({@link ProductLimits#maxDtiWithCompensatingFactors()}). A file has them when its credit
 * score is at least {@code minCreditScore} and it keeps at least {@code reserveMonths} months of the proposed
 * housing payment in reserve after paying the cash due at closing. Conventional and jumbo: score 700+ and 6+ months
 * (Fannie Mae B3-6-02 style); FHA (TOTAL Scorecard) and VA (residual income): score 640+ and 2+ months.
 * <p>
 * What they offset ({@link #offsetReasons}): a DTI reason, and only when the application's own DTI is above the
 * program's standard limit and at or below its limit with compensating factors ({@link #offsetDti}). No other
 * reason is offset: a lender does not trade reserves and score against derogatory credit, collateral, cash to
 * close, unverifiable or missing documents. The decision policy refers instead of denying only when every reason
 * it is confident of is in this set.
 *
 * @param minCreditScore lowest representative score that counts as a compensating factor
 * @param reserveMonths  fewest months of housing payment left in reserve after closing
 */
public record CompensatingFactors(int minCreditScore, double reserveMonths) {

    /** True when the application states the figures and meets both factors; unknown figures never compensate. */
    public boolean presentIn(LoanApplication a) {
        if (a.creditScore() == null || a.monthlyHousingPayment() == null || a.monthlyHousingPayment() <= 0
                || a.liquidReserves() == null || a.cashToClose() == null) {
            return false;
        }
        double months = (a.liquidReserves() - a.cashToClose()) / a.monthlyHousingPayment();
        return a.creditScore() >= minCreditScore && months >= reserveMonths;
    }

    /** True when the file has its own program's compensating factors. */
    public static boolean hasCompensatingFactors(LoanApplication a) {
        return a.product() != null && ProductLimits.of(a.product()).compensatingFactors().presentIn(a);
    }

    /**
     * True when the application's DTI is above its program's standard limit, at or below the limit with
     * compensating factors, and the file has the compensating factors: the one case in which a lender accepts a DTI
     * over the standard limit (an automated "approve with exception"), and the decision policy refers rather than
     * denies a confident DTI reason.
     */
    public static boolean offsetDti(LoanApplication a) {
        if (a.dtiPercent() == null || a.product() == null) {
            return false;
        }
        ProductLimits limits = ProductLimits.of(a.product());
        return a.dtiPercent() > limits.maxDti() && a.dtiPercent() <= limits.maxDtiWithCompensatingFactors()
                && limits.compensatingFactors().presentIn(a);
    }

    /**
     * The principal reasons this file's compensating factors offset: {@code {DTI}} when {@link #offsetDti} holds,
     * otherwise none.
     */
    public static Set<ReasonCategory> offsetReasons(LoanApplication a) {
        return offsetDti(a) ? EnumSet.of(ReasonCategory.DTI) : EnumSet.noneOf(ReasonCategory.class);
    }
}
