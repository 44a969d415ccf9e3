package com.fintune.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The facts underwriting weighs, as they stood when the application was assessed: value, income, score, ratios
 * (fractions: 0.43 = 43 %) and employment. Copied onto the application so later customer changes do not rewrite it.
 */
@Embeddable
public record UnderwritingFacts(
        @Column(name = "PROPERTY_VALUE", precision = 14, scale = 2) BigDecimal propertyValue,
        @Column(name = "ANNUAL_INCOME", precision = 14, scale = 2) BigDecimal annualIncome,
        @Column(name = "CREDIT_SCORE") Integer creditScore,
        @Column(name = "DEBT_TO_INCOME", precision = 7, scale = 4) BigDecimal debtToIncome,
        @Column(name = "LOAN_TO_VALUE", precision = 7, scale = 4) BigDecimal loanToValue,
        @Column(name = "COMBINED_LTV", precision = 7, scale = 4) BigDecimal combinedLoanToValue,
        @Column(name = "EMPLOYMENT_STATUS", length = 30) String employmentStatus,
        @Column(name = "YEARS_EMPLOYED", precision = 5, scale = 2) BigDecimal yearsEmployed) {
}
