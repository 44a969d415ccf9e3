package com.fintune.interfaces.console.analysis;

import com.fintune.interfaces.console.analysis.FormField.Kind;
import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LienStatus;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.MortgageProduct;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;

import java.util.Arrays;
import java.util.List;

/** The application form's sections and fields: every field of the API's application, grouped as a file is read. */
public final class ApplicationFormLayout {

    /** A titled group of fields. */
    public record Section(String title, List<FormField> fields) {
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("Loan", List.of(
                    number("loanAmount", "Loan amount", "US$", true),
                    code("purpose", "Purpose", true, LoanPurpose.values()),
                    code("product", "Program", true, MortgageProduct.values()),
                    whole("termMonths", "Term", "months", true),
                    code("lienStatus", "Lien", true, LienStatus.values()),
                    code("occupancy", "Occupancy", true, Occupancy.values()))),
            new Section("Property", List.of(
                    code("propertyType", "Property type", true, PropertyType.values()),
                    number("propertyValue", "Property value", "US$", false),
                    whole("propertyYearBuilt", "Year built", "", false),
                    text("state", "State", "two letters"),
                    text("county", "County", "five digits"),
                    number("ltvPercent", "LTV", "%", false),
                    number("cltvPercent", "CLTV", "%", false))),
            new Section("Income, debts and employment", List.of(
                    number("annualIncome", "Annual income", "US$", false),
                    number("monthlyDebts", "Monthly debts", "US$", false),
                    number("monthlyHousingPayment", "Monthly housing payment", "US$", false),
                    number("dtiPercent", "DTI", "%", false),
                    code("employmentStatus", "Employment", false, EmploymentStatus.values()),
                    number("yearsEmployed", "Years employed", "years", false),
                    yesNo("incomeVerified", "Income verified"),
                    yesNo("employmentVerified", "Employment verified"))),
            new Section("Credit", List.of(
                    whole("creditScore", "Credit score", "300–850", false),
                    whole("creditHistoryMonths", "Credit history", "months", false),
                    whole("tradelines", "Tradelines", "", false),
                    whole("latePayments24m", "Late payments (24 months)", "", false),
                    whole("collectionsCount", "Collections", "", false),
                    yesNo("priorBankruptcy", "Prior bankruptcy"),
                    yesNo("priorForeclosure", "Prior foreclosure"))),
            new Section("Assets", List.of(
                    number("liquidReserves", "Liquid reserves", "US$", false),
                    number("cashToClose", "Cash to close", "US$", false),
                    yesNo("assetsVerified", "Assets verified"))),
            new Section("Underwriter's notes", List.of(
                    new FormField("underwriterNotes", "Notes", Kind.LONG_TEXT, "at most 4,000 characters", false,
                            List.of()))));

    private ApplicationFormLayout() {
    }

    /** Every field, in section order. */
    public static List<FormField> fields() {
        return SECTIONS.stream().flatMap(s -> s.fields().stream()).toList();
    }

    /** The field with this API name, or null. */
    public static FormField field(String name) {
        return fields().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    private static FormField number(String name, String label, String unit, boolean required) {
        return new FormField(name, label, Kind.NUMBER, unit, required, List.of());
    }

    private static FormField whole(String name, String label, String unit, boolean required) {
        return new FormField(name, label, Kind.WHOLE, unit, required, List.of());
    }

    private static FormField text(String name, String label, String unit) {
        return new FormField(name, label, Kind.TEXT, unit, false, List.of());
    }

    private static FormField yesNo(String name, String label) {
        return new FormField(name, label, Kind.YES_NO, "", false, List.of());
    }

    private static FormField code(String name, String label, boolean required, Enum<?>[] values) {
        return new FormField(name, label, Kind.CODE, "", required, Arrays.stream(values).map(Enum::name).toList());
    }
}
