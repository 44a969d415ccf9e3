package com.fintune.ml.data;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Field rules for a {@link LoanApplication}, shared by file import, the CLI and the REST API. These check that the
 * input is meaningful (ranges, required fields), not whether the loan is approvable: that is the policy's job.
 * Field names in errors are the record's component names, which the JSON and CSV files use too.
 */
public final class ApplicationValidator {

    public static final int MAX_NOTES_LENGTH = 4000;
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern COUNTY = Pattern.compile("\\d{5}");

    /** Every problem found; empty when the application is valid. */
    public List<FieldError> check(LoanApplication a) {
        List<FieldError> errors = new ArrayList<>();
        if (a == null) {
            errors.add(new FieldError("application", "is required"));
            return errors;
        }
        range(errors, "loanAmount", a.loanAmount(), 1, 10_000_000);
        required(errors, "purpose", a.purpose());
        required(errors, "product", a.product());
        required(errors, "lienStatus", a.lienStatus());
        required(errors, "occupancy", a.occupancy());
        required(errors, "propertyType", a.propertyType());
        range(errors, "termMonths", a.termMonths(), 12, 480);
        range(errors, "propertyValue", a.propertyValue(), 1, 100_000_000);
        range(errors, "propertyYearBuilt", a.propertyYearBuilt(), 1700, 2030);
        if (a.state() != null && !STATE.matcher(a.state()).matches()) {
            errors.add(new FieldError("state", "must be a two-letter upper-case state code"));
        }
        if (a.county() != null && !COUNTY.matcher(a.county()).matches()) {
            errors.add(new FieldError("county", "must be a five-digit county FIPS code"));
        }
        range(errors, "annualIncome", a.annualIncome(), 0, 100_000_000);
        range(errors, "monthlyDebts", a.monthlyDebts(), 0, 10_000_000);
        range(errors, "monthlyHousingPayment", a.monthlyHousingPayment(), 0, 10_000_000);
        range(errors, "creditScore", a.creditScore(), 300, 850);
        range(errors, "dtiPercent", a.dtiPercent(), 0, 200);
        range(errors, "ltvPercent", a.ltvPercent(), 0, 300);
        range(errors, "cltvPercent", a.cltvPercent(), 0, 300);
        if (a.ltvPercent() != null && a.cltvPercent() != null && a.cltvPercent() + 0.05 < a.ltvPercent()) {
            errors.add(new FieldError("cltvPercent", "must not be below ltvPercent"));
        }
        range(errors, "yearsEmployed", a.yearsEmployed(), 0, 70);
        range(errors, "liquidReserves", a.liquidReserves(), 0, 1_000_000_000);
        range(errors, "cashToClose", a.cashToClose(), 0, 100_000_000);
        range(errors, "collectionsCount", a.collectionsCount(), 0, 100);
        range(errors, "latePayments24m", a.latePayments24m(), 0, 100);
        range(errors, "creditHistoryMonths", a.creditHistoryMonths(), 0, 900);
        range(errors, "tradelines", a.tradelines(), 0, 500);
        if (a.underwriterNotes() != null && a.underwriterNotes().length() > MAX_NOTES_LENGTH) {
            errors.add(new FieldError("underwriterNotes", "must be at most " + MAX_NOTES_LENGTH + " characters"));
        }
        return errors;
    }

    /** Throws a {@link ValidationException} listing every problem, or returns the application unchanged. */
    public LoanApplication requireValid(LoanApplication a) {
        List<FieldError> errors = check(a);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return a;
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    private static void range(List<FieldError> errors, String field, Number value, double min, double max) {
        if (value == null) {
            return;
        }
        double v = value.doubleValue();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            errors.add(new FieldError(field, "must be a number"));
        } else if (v < min || v > max) {
            errors.add(new FieldError(field, "must be between " + fmt(min) + " and " + fmt(max) + ", was " + fmt(v)));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
