package com.fintune.dataimport.service;

import com.fintune.application.domain.MortgageProduct;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Keeps MORTGAGE_PRODUCTS in step with fintune-ml's programs: one row per program, created when missing. */
@Stateless
public class ProductCatalog {

    @PersistenceContext(unitName = "fintune")
    EntityManager em;

    /** Each program's row id, creating the rows that do not exist yet. */
    public Map<com.fintune.ml.data.MortgageProduct, Long> ensureProducts() {
        Map<com.fintune.ml.data.MortgageProduct, Long> ids = new EnumMap<>(com.fintune.ml.data.MortgageProduct.class);
        for (com.fintune.ml.data.MortgageProduct p : com.fintune.ml.data.MortgageProduct.values()) {
            MortgageProduct row = em.createQuery("select p from MortgageProduct p where p.code = :code",
                            MortgageProduct.class)
                    .setParameter("code", p.name()).getResultStream().findFirst().orElseGet(() -> create(p));
            ids.put(p, row.getId());
        }
        return ids;
    }

    private MortgageProduct create(com.fintune.ml.data.MortgageProduct p) {
        MortgageProduct row = new MortgageProduct(p.name(), name(p), p.loanType().name(), 360, "FIXED");
        row.limits(BigDecimal.valueOf(p.maxLtv()).movePointLeft(2), BigDecimal.valueOf(p.maxDti()).movePointLeft(2),
                p.minCreditScore());
        em.persist(row);
        return row;
    }

    private static String name(com.fintune.ml.data.MortgageProduct p) {
        String words = p.words();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " 30-year fixed";
    }
}
