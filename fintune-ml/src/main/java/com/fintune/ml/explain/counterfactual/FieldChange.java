package com.fintune.ml.explain.counterfactual;

/**
 * One field of the application a counterfactual changes, by its {@code LoanApplication} component name.
 *
 * @param field the field's name (e.g. "loanAmount", "dtiPercent", "product")
 * @param from  the value the application states (a number, or a program's name)
 * @param to    the value in the counterfactual
 */
public record FieldChange(String field, Object from, Object to) {
}
