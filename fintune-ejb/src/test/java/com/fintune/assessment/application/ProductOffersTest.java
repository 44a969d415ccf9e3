package com.fintune.assessment.application;

import static org.junit.jupiter.api.Assertions.*;

import com.fintune.application.domain.MortgageProduct;
import com.fintune.ml.underwriting.ProductCatalogue;
import com.fintune.ml.underwriting.ProductOffer;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProductOffersTest {

    @Test
    void aRowSeededFromTheCatalogueReadsBackAsTheCataloguesOffer() {
        for (ProductOffer expected : ProductCatalogue.offers()) {
            MortgageProduct row = new MortgageProduct(expected.code(), expected.name(), expected.loanType(),
                    expected.termMonths(), "FIXED");
            row.limits(BigDecimal.valueOf(expected.maxLtvPercent()).movePointLeft(2),
                    BigDecimal.valueOf(expected.maxDtiPercent()).movePointLeft(2), expected.minCreditScore());
            assertEquals(expected, ProductOffers.offer(row), "the loan limit comes from the catalogue too");
        }
    }

    @Test
    void theLendersOwnProductHasNoLoanLimitTheTableDoesNotHold() {
        MortgageProduct row = new MortgageProduct("ARM51", "5/1 ARM", "CONVENTIONAL", 360, "ADJUSTABLE");
        row.limits(new BigDecimal("0.8000"), new BigDecimal("0.4300"), 680);
        ProductOffer offer = ProductOffers.offer(row);
        assertNull(offer.maxLoanAmount());
        assertEquals(80.0, offer.maxLtvPercent());
        assertEquals(43.0, offer.maxDtiPercent());
    }
}
