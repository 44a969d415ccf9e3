package com.fintune.ml.explain.counterfactual;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.underwriting.ProductOffer;
import com.fintune.ml.underwriting.ProgramEligibility;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which offered programs an application may switch to, by the rules the alternative products follow: none of the
 * program's terms is breached ({@link ProgramEligibility#barriers}: occupancy, purpose, loan limits, property type,
 * income cap, VA eligibility, which is never shown, so VA is never a switch), the LTV (CLTV when stated) is within
 * the program's cap for the occupancy and purpose, the loan within its largest amount and the score at its minimum.
 * The DTI is left to the model and the policy: a program may accept a DTI above its standard limit. The switched
 * application keeps its payment: the program's own insurance is priced only as the upfront fee, the switch's cost.
 */
final class ProductSwitch {

    /** FHA upfront MIP (HUD ML 2015-01: 175 bps), USDA upfront guarantee fee (1 % since FY2017). */
    static double upfrontFeeShare(MortgageProduct program) {
        return switch (program) {
            case FHA -> 0.0175;
            case USDA -> 0.01;
            case VA -> 0.0215;
            case CONVENTIONAL, JUMBO -> 0;
        };
    }

    record Target(ProductOffer offer, MortgageProduct program) {
    }

    /** The offered programs other than the one applied for whose terms the application meets as it stands. */
    static List<Target> targets(LoanApplication a, List<ProductOffer> offered) {
        List<Target> out = new ArrayList<>();
        Set<MortgageProduct> seen = EnumSet.noneOf(MortgageProduct.class);
        for (ProductOffer offer : offered) {
            MortgageProduct program = programOf(offer);
            if (program != a.product() && meetsTerms(a, offer) && seen.add(program)) {
                out.add(new Target(offer, program));
            }
        }
        return out;
    }

    /** A lender's own conventional product (no catalogue program) is read by the model as conventional. */
    static MortgageProduct programOf(ProductOffer offer) {
        MortgageProduct p = ProgramEligibility.programOf(offer);
        return p == null ? MortgageProduct.CONVENTIONAL : p;
    }

    /** True when the application meets the offered program's terms and hard limits (DTI aside). */
    static boolean meetsTerms(LoanApplication a, ProductOffer offer) {
        ProgramEligibility.Request request = ProgramEligibility.Request.of(a);
        if (!ProgramEligibility.barriers(request, offer).isEmpty()) {
            return false;
        }
        Double ltv = a.cltvPercent() != null ? a.cltvPercent() : a.ltvPercent();
        if (ltv == null && a.propertyValue() != null && a.propertyValue() > 0) {
            ltv = 100 * a.loanAmount() / a.propertyValue();
        }
        Double maxLtv = ProgramEligibility.maxLtv(request, offer);
        if (maxLtv != null && (ltv == null || ltv > maxLtv + 1e-9)) {
            return false;
        }
        if (offer.maxLoanAmount() != null && a.loanAmount() > offer.maxLoanAmount()) {
            return false;
        }
        return offer.minCreditScore() == null
                || (a.creditScore() != null && a.creditScore() >= offer.minCreditScore());
    }

    /** The application under another program; its cost is the program's upfront fee on the loan. */
    static Move apply(Move m, Target target) {
        LoanApplication a = m.changed();
        double fee = Math.round(a.loanAmount() * upfrontFeeShare(target.program()));
        String from = a.product() == null ? "the program applied for" : "the " + a.product().words() + " loan";
        String action = "Apply for the " + target.offer().name() + " instead of " + from
                + (fee > 0 ? " (an upfront premium or fee of about " + LeverMoves.money(fee) + ")" : "");
        return m.then(Lever.PRODUCT_SWITCH, a.toBuilder().product(target.program()).build(), fee, action);
    }
}
