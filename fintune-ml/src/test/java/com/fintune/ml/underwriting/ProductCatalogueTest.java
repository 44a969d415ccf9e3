package com.fintune.ml.underwriting;

import static org.junit.jupiter.api.Assertions.*;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanType;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.SampleApplications;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductCatalogueTest {

    @Test
    void everyProgramHasLimitsAndIsOfferedWithThem() {
        List<ProductOffer> offers = ProductCatalogue.offers();
        assertEquals(MortgageProduct.values().length, offers.size());
        for (MortgageProduct p : MortgageProduct.values()) {
            ProductLimits l = ProductLimits.of(p);
            ProductOffer o = offers.get(p.ordinal());
            assertEquals(p.name(), o.code());
            assertEquals(l.maxDti(), o.maxDtiPercent());
            assertEquals(l.maxLtv(), o.maxLtvPercent());
            assertEquals(l.minCreditScore(), o.minCreditScore());
            assertEquals(l.maxLoanAmount(), o.maxLoanAmount());
            assertTrue(l.maxDtiWithCompensatingFactors() >= l.maxDti(), p + " compensating DTI limit");
            assertEquals(p.loanType() != LoanType.CONVENTIONAL, l.principalResidenceOnly(), p.name());
        }
        assertEquals("Conventional 30-year fixed", offers.get(0).name());
        assertEquals(offers, ProductOffer.builtIn());
    }

    @Test
    void agencyFiguresAreThoseTheSourcesState() {
        ProductLimits conventional = ProductLimits.of(MortgageProduct.CONVENTIONAL);
        assertEquals(45, conventional.maxDti());
        assertEquals(50, conventional.maxDtiWithCompensatingFactors());
        assertEquals(766_550, conventional.maxLoanAmount());
        assertTrue(conventional.requiresPrivateMi(80.01));
        assertFalse(conventional.requiresPrivateMi(80.0));
        assertFalse(ProductLimits.of(MortgageProduct.FHA).requiresPrivateMi(96.5), "FHA carries its own insurance");
        assertEquals(56.9, ProductLimits.of(MortgageProduct.FHA).maxDtiWithCompensatingFactors());
        assertEquals(7, ProductLimits.of(MortgageProduct.JUMBO).bankruptcySeasoningYears());
        assertEquals(2, ProductLimits.of(MortgageProduct.VA).foreclosureSeasoningYears());
    }

    @Test
    void conventionalLoansAboveTheConformingLimitAreJumbo() {
        assertEquals(MortgageProduct.CONVENTIONAL, ProductCatalogue.programFor(LoanType.CONVENTIONAL, 766_550));
        assertEquals(MortgageProduct.JUMBO, ProductCatalogue.programFor(LoanType.CONVENTIONAL, 766_551));
        assertEquals(MortgageProduct.FHA, ProductCatalogue.programFor(LoanType.FHA, 900_000));
    }

    @Test
    void compensatingFactorsNeedTheScoreAndTheReservesLeftAfterClosing() {
        // strongPurchase: score 752, reserves 110,000 - cash to close 90,000 = 20,000 = 8.7 months of 2,300
        LoanApplication strong = SampleApplications.strongPurchase();
        assertTrue(CompensatingFactors.hasCompensatingFactors(strong));
        LoanApplication fewReserves = strong.toBuilder().liquidReserves(100_000.0).build(); // 4.3 months
        assertFalse(CompensatingFactors.hasCompensatingFactors(fewReserves));
        assertTrue(CompensatingFactors.hasCompensatingFactors(fewReserves.toBuilder()
                .product(MortgageProduct.FHA).build()), "FHA asks for 2 months, not 6");
        assertFalse(CompensatingFactors.hasCompensatingFactors(strong.toBuilder().creditScore(699).build()));
        assertFalse(CompensatingFactors.hasCompensatingFactors(strong.toBuilder().liquidReserves(null).build()),
                "unknown reserves never compensate");
    }

    @Test
    void dtiIsOffsetOnlyBetweenTheStandardAndTheCompensatingLimitWithTheFactors() {
        LoanApplication strong = SampleApplications.strongPurchase();
        assertFalse(CompensatingFactors.offsetDti(strong.toBuilder().dtiPercent(45.0).build()), "within the limit");
        assertTrue(CompensatingFactors.offsetDti(strong.toBuilder().dtiPercent(47.5).build()));
        assertTrue(CompensatingFactors.offsetDti(strong.toBuilder().dtiPercent(50.0).build()));
        assertFalse(CompensatingFactors.offsetDti(strong.toBuilder().dtiPercent(50.1).build()), "over 50%");
        assertFalse(CompensatingFactors.offsetDti(strong.toBuilder().dtiPercent(47.5).creditScore(690).build()));
    }

    @Test
    void theInsurerDeclinesLowScoresAndHighDtiAtHighLtv() {
        LoanApplication strong = SampleApplications.strongPurchase();
        assertFalse(MortgageInsurance.insurerDeclines(strong));
        assertTrue(MortgageInsurance.insurerDeclines(strong.toBuilder().creditScore(639).build()));
        assertFalse(MortgageInsurance.insurerDeclines(strong.toBuilder().creditScore(640).build()));
        LoanApplication layered = strong.toBuilder().dtiPercent(44.0).ltvPercent(96.0).creditScore(699).build();
        assertTrue(MortgageInsurance.insurerDeclines(layered), "layered risk: DTI > 43, LTV > 95, score < 700");
        assertFalse(MortgageInsurance.insurerDeclines(layered.toBuilder().creditScore(700).build()));
        assertFalse(MortgageInsurance.insurerDeclines(layered.toBuilder().ltvPercent(95.0).build()));
        assertFalse(MortgageInsurance.requiresPrivateMi(strong), "80% LTV needs no MI");
        assertTrue(MortgageInsurance.requiresPrivateMi(strong.toBuilder().ltvPercent(90.0).build()));
    }
}
