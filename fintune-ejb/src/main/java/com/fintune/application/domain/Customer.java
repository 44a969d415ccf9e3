package com.fintune.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The borrower: identity, employment and the credit facts underwriting reads. */
@Entity
@Table(name = "CUSTOMERS")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "EXTERNAL_REF", length = 64, unique = true)
    private String externalRef;
    @Column(name = "FULL_NAME", nullable = false, length = 200)
    private String fullName;
    @Column(name = "EMAIL", length = 254)
    private String email;
    @Column(name = "PHONE", length = 40)
    private String phone;
    @Column(name = "EMPLOYMENT_STATUS", length = 30)
    private String employmentStatus;
    @Column(name = "EMPLOYER_NAME", length = 200)
    private String employerName;
    @Column(name = "YEARS_EMPLOYED", precision = 5, scale = 2)
    private BigDecimal yearsEmployed;
    @Column(name = "ANNUAL_INCOME", precision = 14, scale = 2)
    private BigDecimal annualIncome;
    @Column(name = "CREDIT_SCORE")
    private Integer creditScore;
    @Column(name = "CREDIT_SCORE_MODEL", length = 40)
    private String creditScoreModel;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Column(name = "UPDATED_AT")
    private Instant updatedAt;

    protected Customer() {
    }

    public Customer(String fullName, String externalRef) {
        this.fullName = fullName;
        this.externalRef = externalRef;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getExternalRef() { return externalRef; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; touch(); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; touch(); }
    public String getEmploymentStatus() { return employmentStatus; }
    public String getEmployerName() { return employerName; }
    public BigDecimal getYearsEmployed() { return yearsEmployed; }
    public BigDecimal getAnnualIncome() { return annualIncome; }
    public Integer getCreditScore() { return creditScore; }
    public String getCreditScoreModel() { return creditScoreModel; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    /** Records the employment facts as verified at application time. */
    public void employment(String status, String employer, BigDecimal years, BigDecimal income) {
        this.employmentStatus = status;
        this.employerName = employer;
        this.yearsEmployed = years;
        this.annualIncome = income;
        touch();
    }

    public void creditScore(Integer score, String model) {
        this.creditScore = score;
        this.creditScoreModel = model;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }
}
