package com.fintune.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * What is being asked for: amount, purpose, HMDA loan type, term, lien, occupancy and the quoted rate.
 * Codes are the enum names used across FinTune (PURCHASE, CONVENTIONAL, FIRST_LIEN, PRINCIPAL_RESIDENCE, ...).
 */
@Embeddable
public record LoanTerms(
        @Column(name = "LOAN_AMOUNT", nullable = false, precision = 14, scale = 2) BigDecimal loanAmount,
        @Column(name = "LOAN_PURPOSE", nullable = false, length = 30) String loanPurpose,
        @Column(name = "LOAN_TYPE", nullable = false, length = 20) String loanType,
        @Column(name = "LOAN_TERM_MONTHS", nullable = false) int loanTermMonths,
        @Column(name = "LIEN_STATUS", nullable = false, length = 20) String lienStatus,
        @Column(name = "OCCUPANCY", nullable = false, length = 30) String occupancy,
        @Column(name = "INTEREST_RATE", precision = 7, scale = 4) BigDecimal interestRate) {
}
