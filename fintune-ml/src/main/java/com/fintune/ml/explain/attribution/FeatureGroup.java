package com.fintune.ml.explain.attribution;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanApplicationBuilder;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;

import java.util.List;

/**
 * The ten groups of application facts that attributions are given for, in an underwriter's words. Every field the
 * model can read belongs to exactly one group, except the request itself (loan amount, proposed housing payment,
 * location and the monthly debts figure, which the model does not read), which is held at the application's values
 * in every coalition: the question answered is "why this answer for this request", not "why this request".
 */
public enum FeatureGroup {
    INCOME("Income", List.of(
            GroupField.of("annualIncome", LoanApplication::annualIncome, LoanApplicationBuilder::annualIncome))),
    DEBTS("Debts and debt-to-income ratio", List.of(
            GroupField.of("dtiPercent", LoanApplication::dtiPercent, LoanApplicationBuilder::dtiPercent))),
    CREDIT_SCORE("Credit score", List.of(
            GroupField.of("creditScore", LoanApplication::creditScore, LoanApplicationBuilder::creditScore))),
    CREDIT_HISTORY("Credit history and derogatory records", List.of(
            GroupField.of("latePayments24m", LoanApplication::latePayments24m, LoanApplicationBuilder::latePayments24m),
            GroupField.of("collectionsCount", LoanApplication::collectionsCount, LoanApplicationBuilder::collectionsCount),
            GroupField.of("priorBankruptcy", LoanApplication::priorBankruptcy, LoanApplicationBuilder::priorBankruptcy),
            GroupField.of("priorForeclosure", LoanApplication::priorForeclosure, LoanApplicationBuilder::priorForeclosure),
            GroupField.of("creditHistoryMonths", LoanApplication::creditHistoryMonths,
                    LoanApplicationBuilder::creditHistoryMonths),
            GroupField.of("tradelines", LoanApplication::tradelines, LoanApplicationBuilder::tradelines))),
    COLLATERAL("Collateral and loan-to-value", List.<GroupField>of(
            GroupField.of("propertyValue", LoanApplication::propertyValue, LoanApplicationBuilder::propertyValue),
            GroupField.of("ltvPercent", LoanApplication::ltvPercent, LoanApplicationBuilder::ltvPercent),
            GroupField.of("cltvPercent", LoanApplication::cltvPercent, LoanApplicationBuilder::cltvPercent),
            GroupField.<PropertyType>of("propertyType", LoanApplication::propertyType,
                    LoanApplicationBuilder::propertyType),
            GroupField.of("propertyYearBuilt", LoanApplication::propertyYearBuilt,
                    LoanApplicationBuilder::propertyYearBuilt))),
    CASH("Cash to close and reserves", List.of(
            GroupField.of("liquidReserves", LoanApplication::liquidReserves, LoanApplicationBuilder::liquidReserves),
            GroupField.of("cashToClose", LoanApplication::cashToClose, LoanApplicationBuilder::cashToClose))),
    EMPLOYMENT("Employment", List.<GroupField>of(
            GroupField.<EmploymentStatus>of("employmentStatus", LoanApplication::employmentStatus,
                    LoanApplicationBuilder::employmentStatus),
            GroupField.of("yearsEmployed", LoanApplication::yearsEmployed, LoanApplicationBuilder::yearsEmployed))),
    VERIFICATION("Verification and documents", List.of(
            GroupField.of("incomeVerified", LoanApplication::incomeVerified, LoanApplicationBuilder::incomeVerified),
            GroupField.of("employmentVerified", LoanApplication::employmentVerified,
                    LoanApplicationBuilder::employmentVerified),
            GroupField.of("assetsVerified", LoanApplication::assetsVerified, LoanApplicationBuilder::assetsVerified))),
    PROGRAM("Program, purpose and occupancy", List.<GroupField>of(
            GroupField.<MortgageProduct>of("product", LoanApplication::product, LoanApplicationBuilder::product),
            GroupField.<LoanPurpose>of("purpose", LoanApplication::purpose, LoanApplicationBuilder::purpose),
            GroupField.<Occupancy>of("occupancy", LoanApplication::occupancy, LoanApplicationBuilder::occupancy),
            GroupField.<LienStatus>of("lienStatus", LoanApplication::lienStatus, LoanApplicationBuilder::lienStatus),
            GroupField.of("termMonths", LoanApplication::termMonths, LoanApplicationBuilder::termMonths))),
    NOTES("Underwriter's notes", List.of(
            GroupField.of("underwriterNotes", LoanApplication::underwriterNotes,
                    LoanApplicationBuilder::underwriterNotes)));

    /** Number of groups; 2^COUNT coalitions are evaluated per explanation. */
    public static final int COUNT = values().length;

    private final String label;
    private final List<GroupField> fields;

    FeatureGroup(String label, List<GroupField> fields) {
        this.label = label;
        this.fields = fields;
    }

    /** The group in an underwriter's words, e.g. "Credit history and derogatory records". */
    public String label() {
        return label;
    }

    /** The API names of the fields this group moves. */
    public List<String> fieldNames() {
        return fields.stream().map(GroupField::name).toList();
    }

    List<GroupField> fields() {
        return fields;
    }

    /** This group's values as the application has them, by field name (nulls kept as null). */
    public java.util.Map<String, Object> values(LoanApplication a) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (GroupField f : fields) {
            Object v = f.read().apply(a);
            out.put(f.name(), v instanceof Enum<?> e ? e.name() : v);
        }
        return out;
    }
}
