package com.fintune.ml.explain;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.underwriting.AgencyEligibility;
import com.fintune.ml.underwriting.CompensatingFactors;
import com.fintune.ml.underwriting.ProductOffer;
import com.fintune.ml.underwriting.ProgramEligibility;
import java.util.Set;

/**
 * The figures of one application that the credit policy reasons about, exactly as the application states them
 * (no derived value lives here, so that the risk summary can quote them without changing a digit). Any field but
 * the loan amount may be null when the application does not give it.
 *
 * @param loanAmount            amount requested, dollars
 * @param propertyValue         appraised value or purchase price, dollars
 * @param annualIncome          gross annual income used for qualifying, dollars
 * @param monthlyDebts          monthly payments on other debts, dollars
 * @param monthlyHousingPayment proposed housing payment (principal, interest, taxes, insurance), dollars
 * @param dtiPercent            back-end debt-to-income ratio, percent
 * @param ltvPercent            loan-to-value ratio, percent
 * @param creditScore           representative credit score
 * @param yearsEmployed         years in the current line of work
 * @param liquidReserves        verified liquid assets, dollars
 * @param cashToClose           down payment plus closing costs due at closing, dollars
 * @param termMonths            loan term, months
 * @param productCode           the program applied for (a {@link ProductOffer#code()}), or null
 * @param cashShortfall         funds missing for closing plus required reserves, as the feature pipeline's
 *                              eligibility rules compute it (null when assets are not given; never quoted)
 * @param offsetByCompensatingFactors the principal reasons the file's compensating factors offset, as
 *                              {@link CompensatingFactors#offsetReasons} finds them (empty: none; never quoted)
 * @param purpose               why the loan is wanted (advice never speaks of a down payment unless PURCHASE)
 * @param occupancy             how the property will be used (programs' occupancy rules)
 * @param propertyType          kind of dwelling (programs' property rules)
 */
public record ApplicantProfile(double loanAmount, Double propertyValue, Double annualIncome, Double monthlyDebts,
                               Double monthlyHousingPayment, Double dtiPercent, Double ltvPercent,
                               Integer creditScore, Double yearsEmployed, Double liquidReserves, Double cashToClose,
                               Integer termMonths, String productCode, Double cashShortfall,
                               Set<ReasonCategory> offsetByCompensatingFactors, LoanPurpose purpose,
                               Occupancy occupancy, PropertyType propertyType) {

    public ApplicantProfile {
        offsetByCompensatingFactors = offsetByCompensatingFactors == null ? Set.of()
                : Set.copyOf(offsetByCompensatingFactors);
    }

    /** A profile without purpose, occupancy or property type (figures given by hand): no program is shown to fit. */
    public ApplicantProfile(double loanAmount, Double propertyValue, Double annualIncome, Double monthlyDebts,
                            Double monthlyHousingPayment, Double dtiPercent, Double ltvPercent, Integer creditScore,
                            Double yearsEmployed, Double liquidReserves, Double cashToClose, Integer termMonths,
                            String productCode, Double cashShortfall, Set<ReasonCategory> offsetByCompensatingFactors) {
        this(loanAmount, propertyValue, annualIncome, monthlyDebts, monthlyHousingPayment, dtiPercent, ltvPercent,
                creditScore, yearsEmployed, liquidReserves, cashToClose, termMonths, productCode, cashShortfall,
                offsetByCompensatingFactors, null, null, null);
    }

    /** A profile whose compensating factors offset nothing (figures given by hand, no program to judge them by). */
    public ApplicantProfile(double loanAmount, Double propertyValue, Double annualIncome, Double monthlyDebts,
                            Double monthlyHousingPayment, Double dtiPercent, Double ltvPercent, Integer creditScore,
                            Double yearsEmployed, Double liquidReserves, Double cashToClose, Integer termMonths,
                            String productCode, Double cashShortfall) {
        this(loanAmount, propertyValue, annualIncome, monthlyDebts, monthlyHousingPayment, dtiPercent, ltvPercent,
                creditScore, yearsEmployed, liquidReserves, cashToClose, termMonths, productCode, cashShortfall,
                Set.of());
    }

    /** The policy-relevant figures of a loan application. */
    public static ApplicantProfile of(LoanApplication a) {
        return new ApplicantProfile(a.loanAmount(), a.propertyValue(), a.annualIncome(), a.monthlyDebts(),
                a.monthlyHousingPayment(), a.dtiPercent(), a.ltvPercent(), a.creditScore(), a.yearsEmployed(),
                a.liquidReserves(), a.cashToClose(), a.termMonths() > 0 ? a.termMonths() : null,
                a.product() == null ? null : a.product().name(), AgencyEligibility.cashShortfall(a),
                CompensatingFactors.offsetReasons(a), a.purpose(), a.occupancy(), a.propertyType());
    }

    /** True for a purchase: only then does advice speak of a down payment. */
    boolean isPurchase() {
        return purpose == LoanPurpose.PURCHASE;
    }

    /** What the programs' terms look at ({@link ProgramEligibility}); VA eligibility is never recorded. */
    ProgramEligibility.Request programRequest() {
        return new ProgramEligibility.Request(loanAmount, purpose, occupancy, propertyType, annualIncome, false);
    }

    /** Monthly gross income, or null when income is unknown or not positive. */
    Double monthlyIncome() {
        return annualIncome == null || annualIncome <= 0 ? null : annualIncome / 12.0;
    }

    /** The stated LTV, else loan ÷ value when the value is known (used for computations, never quoted). */
    Double effectiveLtvPercent() {
        if (ltvPercent != null) {
            return ltvPercent;
        }
        return propertyValue != null && propertyValue > 0 ? 100.0 * loanAmount / propertyValue : null;
    }
}
