package com.fintune.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A mortgage application (table APPLICATIONS): the terms asked for, the underwriting facts, and the decision with
 * up to four denial reasons as HMDA allows. Applicant demographics are deliberately not reachable from here.
 */
@Entity
@Table(name = "APPLICATIONS")
public class MortgageApplication {

    /** HMDA reports at most four denial reasons per application. */
    public static final int MAX_DENIAL_REASONS = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "REFERENCE", nullable = false, unique = true, length = 64)
    private String reference;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private Customer customer;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PROPERTY_ID")
    private PropertyDetails property;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PRODUCT_ID")
    private MortgageProduct product;
    @Embedded
    private LoanTerms terms;
    @Embedded
    private UnderwritingFacts facts;
    @Embedded
    private UnderwritingDetail detail;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ApplicationStatus status;
    @Column(name = "DECISION", length = 30)
    private String decision;
    @Column(name = "DENIAL_REASON_1", length = 30)
    private String denialReason1;
    @Column(name = "DENIAL_REASON_2", length = 30)
    private String denialReason2;
    @Column(name = "DENIAL_REASON_3", length = 30)
    private String denialReason3;
    @Column(name = "DENIAL_REASON_4", length = 30)
    private String denialReason4;
    @Column(name = "UNDERWRITER_NOTES", length = 8000)
    private String underwriterNotes;
    @Column(name = "SUBMITTED_AT", nullable = false)
    private Instant submittedAt;
    @Column(name = "DECIDED_AT")
    private Instant decidedAt;
    @Column(name = "UPDATED_AT")
    private Instant updatedAt;

    protected MortgageApplication() {
    }

    public MortgageApplication(String reference, Customer customer, LoanTerms terms, UnderwritingFacts facts) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.facts = facts;
        this.status = ApplicationStatus.RECEIVED;
        this.submittedAt = Instant.now();
    }

    /** Records the underwriting decision; a denial carries one to four reasons, strongest first. */
    public void decide(String decision, List<String> denialReasons) {
        List<String> reasons = denialReasons == null ? List.of() : denialReasons;
        if (reasons.size() > MAX_DENIAL_REASONS) {
            throw new IllegalArgumentException("at most " + MAX_DENIAL_REASONS + " denial reasons, got "
                    + reasons.size());
        }
        this.decision = Objects.requireNonNull(decision, "decision");
        this.denialReason1 = reasons.size() > 0 ? reasons.get(0) : null;
        this.denialReason2 = reasons.size() > 1 ? reasons.get(1) : null;
        this.denialReason3 = reasons.size() > 2 ? reasons.get(2) : null;
        this.denialReason4 = reasons.size() > 3 ? reasons.get(3) : null;
        this.status = ApplicationStatus.DECIDED;
        this.decidedAt = Instant.now();
        this.updatedAt = decidedAt;
    }

    /** The denial reasons in order, without gaps. */
    public List<String> denialReasons() {
        List<String> reasons = new ArrayList<>(MAX_DENIAL_REASONS);
        for (String r : new String[] {denialReason1, denialReason2, denialReason3, denialReason4}) {
            if (r != null) {
                reasons.add(r);
            }
        }
        return Collections.unmodifiableList(reasons);
    }

    public void startReview() {
        this.status = ApplicationStatus.IN_REVIEW;
        this.updatedAt = Instant.now();
    }

    public void withdraw() {
        this.status = ApplicationStatus.WITHDRAWN;
        this.updatedAt = Instant.now();
    }

    public void setUnderwriterNotes(String notes) {
        this.underwriterNotes = notes;
        this.updatedAt = Instant.now();
    }

    /** The remaining underwriting facts, provenance and HMDA action (see {@link UnderwritingDetail}). */
    public void describedBy(UnderwritingDetail detail) { this.detail = detail; }
    public UnderwritingDetail getDetail() { return detail; }
    public void securedBy(PropertyDetails property) { this.property = property; }
    public void offeredAs(MortgageProduct product) { this.product = product; }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public Customer getCustomer() { return customer; }
    public PropertyDetails getProperty() { return property; }
    public MortgageProduct getProduct() { return product; }
    public LoanTerms getTerms() { return terms; }
    public UnderwritingFacts getFacts() { return facts; }
    public ApplicationStatus getStatus() { return status; }
    public String getDecision() { return decision; }
    public String getUnderwriterNotes() { return underwriterNotes; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
