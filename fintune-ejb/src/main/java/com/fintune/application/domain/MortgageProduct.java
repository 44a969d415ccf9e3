package com.fintune.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A loan product the lender offers, with the limits its guidelines set (LTV, DTI, minimum score). */
@Entity
@Table(name = "MORTGAGE_PRODUCTS")
public class MortgageProduct {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "CODE", nullable = false, unique = true, length = 40)
    private String code;
    @Column(name = "NAME", nullable = false, length = 200)
    private String name;
    @Column(name = "LOAN_TYPE", nullable = false, length = 20)
    private String loanType;
    @Column(name = "TERM_MONTHS", nullable = false)
    private int termMonths;
    @Column(name = "RATE_TYPE", nullable = false, length = 20)
    private String rateType;
    @Column(name = "MAX_LTV", precision = 7, scale = 4)
    private BigDecimal maxLoanToValue;
    @Column(name = "MAX_DTI", precision = 7, scale = 4)
    private BigDecimal maxDebtToIncome;
    @Column(name = "MIN_CREDIT_SCORE")
    private Integer minCreditScore;
    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected MortgageProduct() {
    }

    public MortgageProduct(String code, String name, String loanType, int termMonths, String rateType) {
        this.code = code;
        this.name = name;
        this.loanType = loanType;
        this.termMonths = termMonths;
        this.rateType = rateType;
        this.createdAt = Instant.now();
    }

    /** The guideline limits an application is checked against. */
    public void limits(BigDecimal maxLoanToValue, BigDecimal maxDebtToIncome, Integer minCreditScore) {
        this.maxLoanToValue = maxLoanToValue;
        this.maxDebtToIncome = maxDebtToIncome;
        this.minCreditScore = minCreditScore;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getLoanType() { return loanType; }
    public int getTermMonths() { return termMonths; }
    public String getRateType() { return rateType; }
    public BigDecimal getMaxLoanToValue() { return maxLoanToValue; }
    public BigDecimal getMaxDebtToIncome() { return maxDebtToIncome; }
    public Integer getMinCreditScore() { return minCreditScore; }
    public boolean isActive() { return active; }
    public void retire() { this.active = false; }
    public Instant getCreatedAt() { return createdAt; }
}
