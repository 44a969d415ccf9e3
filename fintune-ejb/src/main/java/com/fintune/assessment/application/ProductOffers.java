package com.fintune.assessment.application;

import com.fintune.application.domain.MortgageProduct;
import com.fintune.ml.underwriting.ProductLimits;
import com.fintune.ml.underwriting.ProductOffer;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The active rows of MORTGAGE_PRODUCTS as offers the explainer can match an applicant against. Re-read at most
 * once a minute: products change rarely and every prediction needs them. The table has no loan-amount column: a row
 * of one of the underwriting catalogue's programs (code = program name) takes the program's loan limit from it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProductOffers {

    private static final long REFRESH_NANOS = 60_000_000_000L;

    @PersistenceContext(unitName = "fintune")
    private EntityManager em;

    private volatile List<ProductOffer> offers;
    private volatile long readAt;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ProductOffer> activeOffers() {
        List<ProductOffer> current = offers;
        if (current == null || System.nanoTime() - readAt > REFRESH_NANOS) {
            current = em.createQuery("select p from MortgageProduct p where p.active = true order by p.code",
                    MortgageProduct.class).getResultList().stream().map(ProductOffers::offer).toList();
            offers = current;
            readAt = System.nanoTime();
        }
        return current;
    }

    static ProductOffer offer(MortgageProduct p) {
        return new ProductOffer(p.getCode(), p.getName(), p.getLoanType(), percent(p.getMaxLoanToValue()),
                percent(p.getMaxDebtToIncome()), p.getMinCreditScore(), programLoanLimit(p.getCode()),
                p.getTermMonths());
    }

    private static Double programLoanLimit(String code) {
        return Arrays.stream(com.fintune.ml.data.MortgageProduct.values()).filter(p -> p.name().equals(code))
                .findFirst().map(p -> ProductLimits.of(p).maxLoanAmount()).orElse(null);
    }

    private static Double percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2).doubleValue();
    }
}
