package com.fintune.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * HMDA demographic fields of the applicant (table APPLICANT_DEMOGRAPHICS), used only to monitor fair lending
 * (adverse-impact ratios and the like). Holds the application's id, not a relation, on purpose.
 */
@Entity
@Table(name = "APPLICANT_DEMOGRAPHICS")
public class ApplicantDemographics {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "APPLICATION_ID", nullable = false, unique = true)
    private Long applicationId;
    @Column(name = "RACE", length = 60)
    private String race;
    @Column(name = "ETHNICITY", length = 60)
    private String ethnicity;
    @Column(name = "SEX", length = 30)
    private String sex;
    @Column(name = "AGE_BAND", length = 10)
    private String ageBand;
    @Column(name = "COLLECTED_AT", nullable = false)
    private Instant collectedAt;

    protected ApplicantDemographics() {
    }

    public ApplicantDemographics(Long applicationId, String race, String ethnicity, String sex, String ageBand) {
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.race = race;
        this.ethnicity = ethnicity;
        this.sex = sex;
        this.ageBand = ageBand;
        this.collectedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getRace() { return race; }
    public String getEthnicity() { return ethnicity; }
    public String getSex() { return sex; }
    public String getAgeBand() { return ageBand; }
    public Instant getCollectedAt() { return collectedAt; }
}
