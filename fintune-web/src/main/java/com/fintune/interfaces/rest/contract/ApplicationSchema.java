package com.fintune.interfaces.rest.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The application a client sends, as the OpenAPI document describes it: the fields of fintune-ml's
 * {@code LoanApplication} with the ranges of {@code ApplicationValidator} (ApplicationSchemaTest holds them equal).
 */
@Schema(name = "LoanApplication", additionalProperties = Schema.False.class,
        description = "One mortgage application: amounts in US dollars, ratios in percent (47.2 = 47.2 %), codes as "
                + "enum names (case-sensitive). A field left out or null is not reported; unknown fields are refused.")
public record ApplicationSchema(
        @Schema(required = true, minimum = "1", maximum = "10000000", description = "Requested loan amount")
        double loanAmount,
        @Schema(required = true) EnumSchemas.Purpose purpose,
        @Schema(required = true, description = "Program; its limits replace the policy defaults")
        EnumSchemas.Product product,
        @Schema(required = true, minimum = "12", maximum = "480", description = "Loan term in months (360 = 30 years)")
        int termMonths,
        @Schema(required = true) EnumSchemas.Lien lienStatus,
        @Schema(required = true) EnumSchemas.OccupancyCode occupancy,
        @Schema(minimum = "1", maximum = "100000000", description = "Appraised or estimated value")
        Double propertyValue,
        @Schema(required = true) EnumSchemas.Property propertyType,
        @Schema(minimum = "1700", maximum = "2030", description = "Year the dwelling was built")
        Integer propertyYearBuilt,
        @Schema(pattern = "^[A-Z]{2}$", description = "Two-letter US state code") String state,
        @Schema(pattern = "^\\d{5}$", description = "Five-digit county FIPS code") String county,
        @Schema(minimum = "0", maximum = "100000000", description = "Gross annual income relied on")
        Double annualIncome,
        @Schema(minimum = "0", maximum = "10000000", description = "Monthly payments on other debts")
        Double monthlyDebts,
        @Schema(minimum = "0", maximum = "10000000",
                description = "Proposed housing payment: principal, interest, taxes, insurance, dues")
        Double monthlyHousingPayment,
        @Schema(minimum = "300", maximum = "850", description = "Representative credit score (FICO scale)")
        Integer creditScore,
        @Schema(minimum = "0", maximum = "200", description = "Back-end debt-to-income ratio, percent")
        Double dtiPercent,
        @Schema(minimum = "0", maximum = "300", description = "Loan-to-value ratio, percent") Double ltvPercent,
        @Schema(minimum = "0", maximum = "300", description = "Combined loan-to-value, all liens, percent; not below "
                + "ltvPercent") Double cltvPercent,
        EnumSchemas.Employment employmentStatus,
        @Schema(minimum = "0", maximum = "70", description = "Years in the current line of work")
        Double yearsEmployed,
        @Schema(minimum = "0", maximum = "1000000000", description = "Verified liquid assets available")
        Double liquidReserves,
        @Schema(minimum = "0", maximum = "100000000", description = "Down payment plus closing costs")
        Double cashToClose,
        Boolean priorBankruptcy,
        Boolean priorForeclosure,
        @Schema(minimum = "0", maximum = "100", description = "Open collection accounts or judgments")
        Integer collectionsCount,
        @Schema(minimum = "0", maximum = "100", description = "30+ day late payments in the past 24 months")
        Integer latePayments24m,
        @Schema(minimum = "0", maximum = "900", description = "Age of the oldest tradeline, months")
        Integer creditHistoryMonths,
        @Schema(minimum = "0", maximum = "500", description = "Credit accounts on file") Integer tradelines,
        Boolean incomeVerified,
        Boolean employmentVerified,
        Boolean assetsVerified,
        @Schema(maxLength = 4000, description = "The underwriter's free-text notes (the encoder reads them); no "
                + "control characters other than tab, line feed and carriage return") String underwriterNotes) {
}
