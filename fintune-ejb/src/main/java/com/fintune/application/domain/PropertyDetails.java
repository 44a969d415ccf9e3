package com.fintune.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The collateral: property type, location (HMDA geography) and value. */
@Entity
@Table(name = "PROPERTY_DETAILS")
public class PropertyDetails {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "PROPERTY_TYPE", nullable = false, length = 40)
    private String propertyType;
    @Column(name = "CONSTRUCTION_METHOD", length = 20)
    private String constructionMethod;
    @Column(name = "ADDRESS_LINE", length = 200)
    private String addressLine;
    @Column(name = "CITY", length = 100)
    private String city;
    @Column(name = "STATE_CODE", length = 2)
    private String stateCode;
    @Column(name = "ZIP_CODE", length = 10)
    private String zipCode;
    @Column(name = "COUNTY_CODE", length = 5)
    private String countyCode;
    @Column(name = "CENSUS_TRACT", length = 11)
    private String censusTract;
    @Column(name = "PROPERTY_VALUE", precision = 14, scale = 2)
    private BigDecimal propertyValue;
    @Column(name = "YEAR_BUILT")
    private Integer yearBuilt;
    @Column(name = "UNITS", nullable = false)
    private int units = 1;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected PropertyDetails() {
    }

    public PropertyDetails(String propertyType, BigDecimal propertyValue, Integer yearBuilt) {
        this.propertyType = propertyType;
        this.propertyValue = propertyValue;
        this.yearBuilt = yearBuilt;
        this.createdAt = Instant.now();
    }

    /** Where the property is, as HMDA reports it. */
    public void locatedAt(String addressLine, String city, String stateCode, String zipCode, String countyCode,
                          String censusTract) {
        this.addressLine = addressLine;
        this.city = city;
        this.stateCode = stateCode;
        this.zipCode = zipCode;
        this.countyCode = countyCode;
        this.censusTract = censusTract;
    }

    public Long getId() { return id; }
    public String getPropertyType() { return propertyType; }
    public String getConstructionMethod() { return constructionMethod; }
    public void setConstructionMethod(String constructionMethod) { this.constructionMethod = constructionMethod; }
    public String getAddressLine() { return addressLine; }
    public String getCity() { return city; }
    public String getStateCode() { return stateCode; }
    public String getZipCode() { return zipCode; }
    public String getCountyCode() { return countyCode; }
    public String getCensusTract() { return censusTract; }
    public BigDecimal getPropertyValue() { return propertyValue; }
    public Integer getYearBuilt() { return yearBuilt; }
    public int getUnits() { return units; }
    public void setUnits(int units) { this.units = units; }
    public Instant getCreatedAt() { return createdAt; }
}
