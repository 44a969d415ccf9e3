package com.fintune.interfaces.rest.assessment;

/** Example bodies shown in the OpenAPI document (/docs). */
final class PredictionExamples {

    static final String APPLICATION = """
            {"loanAmount": 350000, "purpose": "PURCHASE", "product": "CONVENTIONAL", "termMonths": 360,
             "lienStatus": "FIRST", "occupancy": "PRINCIPAL_RESIDENCE", "propertyValue": 400000,
             "propertyType": "SINGLE_FAMILY", "propertyYearBuilt": 1998, "state": "OH", "county": "39049",
             "annualIncome": 96000, "monthlyDebts": 1200, "monthlyHousingPayment": 2576, "creditScore": 700,
             "dtiPercent": 47.2, "ltvPercent": 87.5, "cltvPercent": 87.5, "employmentStatus": "SALARIED",
             "yearsEmployed": 5, "liquidReserves": 60000, "cashToClose": 55000, "priorBankruptcy": false,
             "priorForeclosure": false, "collectionsCount": 0, "latePayments24m": 0, "creditHistoryMonths": 120,
             "tradelines": 8, "incomeVerified": true, "employmentVerified": true, "assetsVerified": true,
             "underwriterNotes": "Borrower carries two auto loans; DTI over guideline."}""";

    static final String STORED = "{\"applicationId\": 42}";

    static final String ANSWER = """
            {"predictionId": 1017, "applicationId": null, "modelVersion": "fintune-default@3f9c2a7b1d04",
             "decision": "DENY", "riskScore": 74.31, "reasons": [{"rank": 1, "code": 1, "name": "DTI",
             "displayName": "Debt-to-income ratio", "probability": 0.9132, "hmdaCode": 1,
             "noticeText": "Excessive obligations in relation to income"}],
             "probabilities": {"DTI": 0.9132, "INCOME": 0.0411, "EMPLOYMENT": 0.0107, "DELINQUENCY": 0.0093,
             "DEROGATORY": 0.0021, "THIN_FILE": 0.0034, "COLLATERAL": 0.0412, "CASH": 0.0101,
             "UNVERIFIABLE": 0.0055, "INCOMPLETE": 0.0012, "MORTGAGE_INSURANCE": 0.0031, "OTHER_POLICY": 0.0044},
             "riskSummary": "The application does not meet policy and carries high risk. Debt-to-income ratio of 47.2% exceeds the 45% limit.",
             "recommendations": [{"reason": "DTI", "action": "A loan of at most $322,700 (principal and interest at 6.5% over 360 months) would bring DTI to the 45% limit; or pay down debts by $176 a month; or document annual income of $100,700.",
             "targetName": "maxLoanAmount", "targetValue": 322700}],
             "alternativeProducts": [{"code": "FHA", "name": "FHA", "loanType": "FHA"}],
             "latencyMs": 38.2, "cached": false}""";

    private PredictionExamples() {
    }
}
