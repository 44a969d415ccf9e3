package com.fintune.dataimport.service;

import static org.junit.jupiter.api.Assertions.*;

import com.fintune.application.domain.MortgageProduct;
import com.fintune.ml.underwriting.ProductCatalogue;
import com.fintune.ml.underwriting.ProductOffer;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductCatalogTest {

    private H2Jpa db;
    private EntityManager em;
    private ProductCatalog catalog;

    @BeforeEach
    void open(org.junit.jupiter.api.TestInfo info) {
        db = new H2Jpa("catalog_" + info.getTestMethod().orElseThrow().getName());
        em = db.entityManager();
        catalog = new ProductCatalog();
        catalog.em = em;
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void anEmptyTableIsSeededWithEveryProgramOfTheUnderwritingCatalogue() {
        Map<com.fintune.ml.data.MortgageProduct, Long> ids = db.inTransaction(em, catalog::ensureProducts);
        assertEquals(com.fintune.ml.data.MortgageProduct.values().length, ids.size());
        List<ProductOffer> offers = ProductCatalogue.offers();
        assertEquals(offers.size(), rows().size());
        for (ProductOffer offer : offers) {
            MortgageProduct row = row(offer.code());
            assertEquals(offer.name(), row.getName());
            assertEquals(offer.loanType(), row.getLoanType());
            assertEquals(offer.termMonths(), row.getTermMonths());
            assertEquals(0, BigDecimal.valueOf(offer.maxLtvPercent()).compareTo(
                    row.getMaxLoanToValue().movePointRight(2)), offer.code() + " LTV");
            assertEquals(0, BigDecimal.valueOf(offer.maxDtiPercent()).compareTo(
                    row.getMaxDebtToIncome().movePointRight(2)), offer.code() + " DTI");
            assertEquals(offer.minCreditScore(), row.getMinCreditScore());
            assertEquals(row.getId(), ids.get(com.fintune.ml.data.MortgageProduct.valueOf(offer.code())));
        }
    }

    @Test
    void limitsEditedAwayFromTheCatalogueAreRestoredAndTheLendersOwnProductsAreLeftAlone() {
        db.inTransaction(em, catalog::ensureProducts);
        db.inTransaction(em, () -> {
            row("FHA").limits(new BigDecimal("0.9000"), new BigDecimal("0.3000"), 700);
            MortgageProduct own = new MortgageProduct("ARM51", "5/1 ARM", "CONVENTIONAL", 360, "ADJUSTABLE");
            own.limits(new BigDecimal("0.8000"), new BigDecimal("0.4000"), 680);
            em.persist(own);
            return null;
        });
        em.clear();
        Map<com.fintune.ml.data.MortgageProduct, Long> again = db.inTransaction(em, catalog::ensureProducts);
        em.clear();
        assertEquals(ProductCatalogue.offers().size() + 1, rows().size(), "no program row is created twice");
        assertTrue(ProductCatalog.sameLimits(row("FHA"), ProductCatalogue.offer(com.fintune.ml.data.MortgageProduct.FHA)));
        assertEquals(0, new BigDecimal("0.43").compareTo(row("FHA").getMaxDebtToIncome()));
        assertEquals(580, row("FHA").getMinCreditScore());
        assertEquals(680, row("ARM51").getMinCreditScore(), "a product outside the catalogue is not touched");
        assertEquals(row("FHA").getId(), again.get(com.fintune.ml.data.MortgageProduct.FHA));
    }

    private List<MortgageProduct> rows() {
        return em.createQuery("select p from MortgageProduct p", MortgageProduct.class).getResultList();
    }

    private MortgageProduct row(String code) {
        return em.createQuery("select p from MortgageProduct p where p.code = :c", MortgageProduct.class)
                .setParameter("c", code).getSingleResult();
    }
}
