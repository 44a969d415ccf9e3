package com.fintune.ml.underwriting;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.LoanType;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a program may be offered to an application at all, by the terms no figure can cure: FHA, VA and USDA lend
 * only on the borrower's principal residence; USDA never refinances with cash out, takes no 2-4 unit home and caps
 * household income; VA lends only to a borrower with VA eligibility (a certificate of eligibility), which
 * {@link LoanApplication} does not record, so VA is never offered; jumbo lends only above the conforming limit
 * ({@link ProductCatalogue#CONFORMING_LOAN_LIMIT_2024}) and on no manufactured home; no program takes 5+ units.
 * A requirement must be shown (an unknown occupancy or income does not pass), an exclusion must be shown too.
 * Used for alternative products and advice only: {@link AgencyEligibility} judges the program applied for.
 */
public final class ProgramEligibility {

    /** A program term the request does not meet. */
    public enum Barrier { OCCUPANCY, PURPOSE, VA_ELIGIBILITY, LOAN_LIMIT, PROPERTY_TYPE, INCOME_CAP }

    /**
     * What the terms look at.
     *
     * @param vaEligibilityShown true only when the borrower's VA eligibility is documented (no application field
     *                           records it yet, so {@link #of} always says false)
     */
    public record Request(double loanAmount, LoanPurpose purpose, Occupancy occupancy, PropertyType propertyType,
                          Double annualIncome, boolean vaEligibilityShown) {

        public static Request of(LoanApplication a) {
            return new Request(a.loanAmount(), a.purpose(), a.occupancy(), a.propertyType(), a.annualIncome(), false);
        }
    }

    private ProgramEligibility() {
    }

    /**
     * The catalogue program an offered product follows: the one its code names, else FHA, VA or USDA by its loan type
     * (USDA_RHS too); null for a lender's own conventional product, which only its own limits govern.
     */
    public static MortgageProduct programOf(ProductOffer offer) {
        MortgageProduct byCode = Arrays.stream(MortgageProduct.values())
                .filter(p -> p.name().equals(offer.code())).findFirst().orElse(null);
        if (byCode != null) {
            return byCode;
        }
        String type = offer.loanType() == null ? "" : offer.loanType();
        if (type.equals(LoanType.FHA.name())) {
            return MortgageProduct.FHA;
        }
        if (type.equals(LoanType.VA.name())) {
            return MortgageProduct.VA;
        }
        return type.startsWith(LoanType.USDA.name()) ? MortgageProduct.USDA : null;
    }

    /** The terms of the offered product's program that the request does not meet (empty: none). */
    public static Set<Barrier> barriers(Request r, ProductOffer offer) {
        MortgageProduct program = programOf(offer);
        if (program == null) {
            return r.propertyType() == PropertyType.MULTIFAMILY ? EnumSet.of(Barrier.PROPERTY_TYPE)
                    : EnumSet.noneOf(Barrier.class);
        }
        return barriers(r, program);
    }

    /** The terms of a catalogue program that the request does not meet (empty: none). */
    public static Set<Barrier> barriers(Request r, MortgageProduct program) {
        ProductLimits limits = ProductLimits.of(program);
        Set<Barrier> out = EnumSet.noneOf(Barrier.class);
        if (limits.principalResidenceOnly() && r.occupancy() != Occupancy.PRINCIPAL_RESIDENCE) {
            out.add(Barrier.OCCUPANCY);
        }
        if (program == MortgageProduct.USDA && (r.purpose() == null || r.purpose() == LoanPurpose.CASH_OUT_REFINANCE)) {
            out.add(Barrier.PURPOSE);
        }
        if (program == MortgageProduct.VA && !r.vaEligibilityShown()) {
            out.add(Barrier.VA_ELIGIBILITY);
        }
        if (r.loanAmount() < limits.minLoanAmount() || r.loanAmount() > limits.maxLoanAmount()) {
            out.add(Barrier.LOAN_LIMIT);
        }
        if (r.propertyType() == PropertyType.MULTIFAMILY
                || (program == MortgageProduct.USDA && r.propertyType() == PropertyType.TWO_TO_FOUR_UNIT)
                || (program == MortgageProduct.JUMBO && r.propertyType() == PropertyType.MANUFACTURED)) {
            out.add(Barrier.PROPERTY_TYPE);
        }
        if (limits.maxAnnualIncome() > 0 && (r.annualIncome() == null || r.annualIncome() > limits.maxAnnualIncome())) {
            out.add(Barrier.INCOME_CAP);
        }
        return out;
    }

    /**
     * The offered product's LTV cap for this occupancy and purpose ({@link AgencyEligibility#maxLtv}'s rules on the
     * product's own cap; a lender's conventional product follows the conventional rules); null when it sets none.
     */
    public static Double maxLtv(Request r, ProductOffer offer) {
        if (offer.maxLtvPercent() == null) {
            return null;
        }
        MortgageProduct program = programOf(offer);
        return AgencyEligibility.maxLtv(program == null ? MortgageProduct.CONVENTIONAL : program,
                offer.maxLtvPercent(), r.purpose(), r.occupancy(), r.propertyType());
    }
}
