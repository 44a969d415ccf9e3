package com.fintune.interfaces.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/**
 * An application in XML: the same fields and codes as the JSON schema (LoanApplication). Either
 * {@code applicationId} alone (a stored application) or the facts. Read through the same parser and rules as REST.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "application")
public class SoapApplication {
    public Long applicationId;
    public Double loanAmount;
    public String purpose;
    public String product;
    public Integer termMonths;
    public String lienStatus;
    public String occupancy;
    public Double propertyValue;
    public String propertyType;
    public Integer propertyYearBuilt;
    public String state;
    public String county;
    public Double annualIncome;
    public Double monthlyDebts;
    public Double monthlyHousingPayment;
    public Integer creditScore;
    public Double dtiPercent;
    public Double ltvPercent;
    public Double cltvPercent;
    public String employmentStatus;
    public Double yearsEmployed;
    public Double liquidReserves;
    public Double cashToClose;
    public Boolean priorBankruptcy;
    public Boolean priorForeclosure;
    public Integer collectionsCount;
    public Integer latePayments24m;
    public Integer creditHistoryMonths;
    public Integer tradelines;
    public Boolean incomeVerified;
    public Boolean employmentVerified;
    public Boolean assetsVerified;
    public String underwriterNotes;
}
