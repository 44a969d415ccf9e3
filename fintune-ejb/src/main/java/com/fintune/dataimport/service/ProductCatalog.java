package com.fintune.dataimport.service;

import com.fintune.application.domain.MortgageProduct;
import com.fintune.ml.underwriting.ProductCatalogue;
import com.fintune.ml.underwriting.ProductOffer;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Seeds MORTGAGE_PRODUCTS from fintune-ml's underwriting catalogue ({@link ProductCatalogue}), the one home of the
 * programs' limits: one row per program (code = program name), created when missing, and its LTV, DTI and score
 * limits brought back to the catalogue's when they differ. Rows of other codes (the lender's own products) are
 * left alone. Runs at start-up ({@link ProductCatalogSeeder}) and before applications are loaded.
 */
@Stateless
public class ProductCatalog {

    private static final Logger LOG = Logger.getLogger(ProductCatalog.class.getName());

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    /** Each program's row id, creating missing rows and correcting limits that differ from the catalogue. */
    public Map<com.fintune.ml.data.MortgageProduct, Long> ensureProducts() {
        Map<com.fintune.ml.data.MortgageProduct, Long> ids = new EnumMap<>(com.fintune.ml.data.MortgageProduct.class);
        for (com.fintune.ml.data.MortgageProduct p : com.fintune.ml.data.MortgageProduct.values()) {
            ProductOffer offer = ProductCatalogue.offer(p);
            MortgageProduct row = em.createQuery("select p from MortgageProduct p where p.code = :code",
                            MortgageProduct.class)
                    .setParameter("code", offer.code()).getResultStream().findFirst().orElseGet(() -> create(offer));
            if (!sameLimits(row, offer)) {
                LOG.info(() -> "MORTGAGE_PRODUCTS " + offer.code() + ": limits brought in line with the catalogue");
                setLimits(row, offer);
            }
            ids.put(p, row.getId());
        }
        return ids;
    }

    private MortgageProduct create(ProductOffer offer) {
        MortgageProduct row = new MortgageProduct(offer.code(), offer.name(), offer.loanType(), offer.termMonths(),
                "FIXED");
        setLimits(row, offer);
        em.persist(row);
        return row;
    }

    private static void setLimits(MortgageProduct row, ProductOffer offer) {
        row.limits(fraction(offer.maxLtvPercent()), fraction(offer.maxDtiPercent()), offer.minCreditScore());
    }

    static boolean sameLimits(MortgageProduct row, ProductOffer offer) {
        return same(row.getMaxLoanToValue(), fraction(offer.maxLtvPercent()))
                && same(row.getMaxDebtToIncome(), fraction(offer.maxDtiPercent()))
                && Objects.equals(row.getMinCreditScore(), offer.minCreditScore());
    }

    private static boolean same(BigDecimal stored, BigDecimal wanted) {
        return stored == null ? wanted == null : wanted != null && stored.compareTo(wanted) == 0;
    }

    /** A percentage as the table's fraction (97.0 → 0.97). */
    private static BigDecimal fraction(Double percent) {
        return percent == null ? null : BigDecimal.valueOf(percent).movePointLeft(2);
    }
}
