package com.fintune.application.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decision keeps its denial reasons in order, at most four as HMDA allows. */
class MortgageApplicationTest {

    static MortgageApplication application() {
        LoanTerms terms = new LoanTerms(new BigDecimal("250000.00"), "PURCHASE", "CONVENTIONAL", 360,
                "FIRST_LIEN", "PRINCIPAL_RESIDENCE", new BigDecimal("0.0675"));
        return new MortgageApplication("APP-1", new Customer("Ada Lender", "C-1"), terms, null);
    }

    @Test
    void newApplicationsAreReceived() {
        assertEquals(ApplicationStatus.RECEIVED, application().getStatus());
    }

    @Test
    void denialKeepsReasonsInOrder() {
        MortgageApplication app = application();
        app.decide("DENIED", List.of("DTI", "CASH", "COLLATERAL"));
        assertEquals(ApplicationStatus.DECIDED, app.getStatus());
        assertEquals(List.of("DTI", "CASH", "COLLATERAL"), app.denialReasons());
        assertNotNull(app.getDecidedAt());
    }

    @Test
    void moreThanFourReasonsAreRefused() {
        MortgageApplication app = application();
        assertThrows(IllegalArgumentException.class,
                () -> app.decide("DENIED", List.of("DTI", "CASH", "COLLATERAL", "INCOME", "EMPLOYMENT")));
        assertEquals(ApplicationStatus.RECEIVED, app.getStatus(), "a refused decision changes nothing");
    }

    @Test
    void approvalHasNoReasons() {
        MortgageApplication app = application();
        app.decide("APPROVED", null);
        assertEquals(List.of(), app.denialReasons());
    }
}
