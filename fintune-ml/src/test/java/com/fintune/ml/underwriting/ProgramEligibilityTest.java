package com.fintune.ml.underwriting;

import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.underwriting.ProgramEligibility.Barrier;
import com.fintune.ml.underwriting.ProgramEligibility.Request;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProgramEligibilityTest {

    private static Request request(double loan, LoanPurpose purpose, Occupancy occupancy, PropertyType type,
                                   Double income) {
        return new Request(loan, purpose, occupancy, type, income, false);
    }

    @Test
    void aProductFollowsTheProgramItsCodeNamesElseItsGovernmentLoanType() {
        assertEquals(MortgageProduct.JUMBO, ProgramEligibility.programOf(ProductOffer.of(MortgageProduct.JUMBO)));
        assertEquals(MortgageProduct.FHA, ProgramEligibility.programOf(
                new ProductOffer("FHA15", "FHA 15-year", "FHA", 96.5, 43.0, 580, null, 180)));
        assertEquals(MortgageProduct.USDA, ProgramEligibility.programOf(
                new ProductOffer("RURAL", "Rural 30", "USDA_RHS", 100.0, 41.0, 640, null, 360)));
        assertNull(ProgramEligibility.programOf(
                new ProductOffer("CONV15", "Conventional 15", "CONVENTIONAL", 95.0, 45.0, 620, null, 180)));
    }

    @Test
    void governmentProgramsLendOnlyOnAPrincipalResidenceAndUsdaNeverWithCashOut() {
        Request rental = request(300_000, LoanPurpose.CASH_OUT_REFINANCE, Occupancy.INVESTMENT,
                PropertyType.TWO_TO_FOUR_UNIT, 150_000.0);
        assertEquals(Set.of(Barrier.OCCUPANCY), ProgramEligibility.barriers(rental, MortgageProduct.FHA));
        assertEquals(Set.of(Barrier.OCCUPANCY, Barrier.VA_ELIGIBILITY),
                ProgramEligibility.barriers(rental, MortgageProduct.VA));
        assertEquals(Set.of(Barrier.OCCUPANCY, Barrier.PURPOSE, Barrier.PROPERTY_TYPE, Barrier.INCOME_CAP),
                ProgramEligibility.barriers(rental, MortgageProduct.USDA));
        assertEquals(Set.of(), ProgramEligibility.barriers(rental, MortgageProduct.CONVENTIONAL));
    }

    @Test
    void jumboOnlyAboveTheConformingLimitAndConformingOnlyAtOrBelowIt() {
        Request atLimit = request(ProductCatalogue.CONFORMING_LOAN_LIMIT_2024, LoanPurpose.PURCHASE,
                Occupancy.PRINCIPAL_RESIDENCE, PropertyType.SINGLE_FAMILY, 200_000.0);
        Request above = new Request(atLimit.loanAmount() + 1, atLimit.purpose(), atLimit.occupancy(),
                atLimit.propertyType(), atLimit.annualIncome(), false);
        assertEquals(Set.of(Barrier.LOAN_LIMIT), ProgramEligibility.barriers(atLimit, MortgageProduct.JUMBO));
        assertEquals(Set.of(), ProgramEligibility.barriers(above, MortgageProduct.JUMBO));
        assertEquals(Set.of(), ProgramEligibility.barriers(atLimit, MortgageProduct.CONVENTIONAL));
        assertEquals(Set.of(Barrier.LOAN_LIMIT), ProgramEligibility.barriers(above, MortgageProduct.CONVENTIONAL));
    }

    @Test
    void vaNeedsShownEligibilityAndAnUnknownIncomeDoesNotPassUsdasCap() {
        Request home = request(250_000, LoanPurpose.PURCHASE, Occupancy.PRINCIPAL_RESIDENCE,
                PropertyType.SINGLE_FAMILY, null);
        assertEquals(Set.of(Barrier.VA_ELIGIBILITY), ProgramEligibility.barriers(home, MortgageProduct.VA));
        Request veteran = new Request(250_000, LoanPurpose.PURCHASE, Occupancy.PRINCIPAL_RESIDENCE,
                PropertyType.SINGLE_FAMILY, null, true);
        assertEquals(Set.of(), ProgramEligibility.barriers(veteran, MortgageProduct.VA));
        assertEquals(Set.of(Barrier.INCOME_CAP), ProgramEligibility.barriers(home, MortgageProduct.USDA));
    }

    @Test
    void theLtvCapFollowsOccupancyAndPurposeOnTheProductsOwnCap() {
        Request rentalCashOut = request(300_000, LoanPurpose.CASH_OUT_REFINANCE, Occupancy.INVESTMENT,
                PropertyType.SINGLE_FAMILY, 150_000.0);
        assertEquals(80.0, ProgramEligibility.maxLtv(rentalCashOut, ProductOffer.of(MortgageProduct.CONVENTIONAL)));
        assertEquals(70.0, ProgramEligibility.maxLtv(rentalCashOut, ProductOffer.of(MortgageProduct.JUMBO)));
        assertEquals(75.0, ProgramEligibility.maxLtv(rentalCashOut,
                new ProductOffer("CONV-75", "Portfolio", "CONVENTIONAL", 75.0, 45.0, 620, null, 360)));
        assertNull(ProgramEligibility.maxLtv(rentalCashOut,
                new ProductOffer("OPEN", "No LTV cap", "CONVENTIONAL", null, null, null, null, null)));
    }
}
