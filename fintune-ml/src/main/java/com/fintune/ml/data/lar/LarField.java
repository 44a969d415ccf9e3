package com.fintune.ml.data.lar;

/**
 * The filing-format LAR fields FinTune reads or writes, with their 1-based position and their name in the CFPB
 * filing specification (TABLE 2, 110 fields per record) and in the public LAR CSV header.
 */
enum LarField {
    RECORD_ID(1, "Record Identifier", null),
    LEI(2, "Legal Entity Identifier (LEI)", "lei"),
    ULI(3, "Universal Loan Identifier (ULI)", null),
    APPLICATION_DATE(4, "Application Date", null),
    LOAN_TYPE(5, "Loan Type", "loan_type"),
    LOAN_PURPOSE(6, "Loan Purpose", "loan_purpose"),
    CONSTRUCTION_METHOD(8, "Construction Method", "construction_method"),
    OCCUPANCY(9, "Occupancy Type", "occupancy_type"),
    LOAN_AMOUNT(10, "Loan Amount", "loan_amount"),
    ACTION_TAKEN(11, "Action Taken", "action_taken"),
    ACTION_DATE(12, "Action Taken Date", null),
    STATE(15, "State", "state_code"),
    COUNTY(17, "County", "county_code"),
    ETHNICITY(19, "Ethnicity of Applicant or Borrower: 1", "applicant_ethnicity-1"),
    RACE(33, "Race of Applicant or Borrower: 1", "applicant_race-1"),
    SEX(51, "Sex of Applicant or Borrower", "applicant_sex"),
    AGE(55, "Age of Applicant or Borrower", "applicant_age"),
    INCOME(57, "Income", "income"),
    LIEN_STATUS(61, "Lien Status", "lien_status"),
    CREDIT_SCORE(62, "Credit Score of Applicant or Borrower", null),
    DENIAL_1(68, "Reason for Denial: 1", "denial_reason-1"),
    DENIAL_2(69, "Reason for Denial: 2", "denial_reason-2"),
    DENIAL_3(70, "Reason for Denial: 3", "denial_reason-3"),
    DENIAL_4(71, "Reason for Denial: 4", "denial_reason-4"),
    DENIAL_TEXT(72, "Reason for Denial: Conditional Free Form Text Field for Code 9", null),
    DTI(80, "Debt-to-Income Ratio", "debt_to_income_ratio"),
    CLTV(81, "Combined Loan-to-Value Ratio", "loan_to_value_ratio"),
    LOAN_TERM(82, "Loan Term", "loan_term"),
    PROPERTY_VALUE(88, "Property Value", "property_value"),
    TOTAL_UNITS(91, "Total Units", "total_units");

    /** Fields per LAR record in the 2018+ filing format. */
    static final int LAR_FIELDS = 110;
    /** Fields of the transmittal sheet line. */
    static final int TS_FIELDS = 15;

    private final int number;
    private final String specName;
    private final String publicColumn;

    LarField(int number, String specName, String publicColumn) {
        this.number = number;
        this.specName = specName;
        this.publicColumn = publicColumn;
    }

    /** 1-based field number in the filing format. */
    int number() {
        return number;
    }

    int index() {
        return number - 1;
    }

    /** Column name in the public LAR CSV, or null if the public file does not carry it. */
    String publicColumn() {
        return publicColumn;
    }

    /** How problems name the field: "Action Taken (field 11)". */
    String label() {
        return specName + " (field " + number + ")";
    }
}
