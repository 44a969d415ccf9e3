package com.fintune.assessment.application;

import com.fintune.ml.data.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * What a final decision must be: one of {@link #DECISIONS}, and an optional comment of at most
 * {@link #MAX_COMMENT} characters without control characters other than tab and line breaks (the rule the API
 * applies to every text field). The same rules for REST and console; every broken one is named at once.
 */
public final class OutcomeRules {

    /** The final decisions a person can record, in the order a form offers them. */
    public static final List<String> DECISIONS = List.of("APPROVE", "DENY", "WITHDRAW");
    public static final int MAX_COMMENT = 2000;

    private OutcomeRules() {
    }

    /** Every problem with this decision and comment, field by field (empty when they may be recorded). */
    public static List<FieldError> check(String decision, String comment) {
        List<FieldError> errors = new ArrayList<>();
        if (decision == null || decision.isBlank()) {
            errors.add(new FieldError("decision", "is required"));
        } else if (!DECISIONS.contains(decision)) {
            errors.add(new FieldError("decision", "must be one of " + String.join(", ", DECISIONS)
                    + " (was \"" + abbreviate(decision) + "\")"));
        }
        if (comment != null) {
            if (comment.length() > MAX_COMMENT) {
                errors.add(new FieldError("comment", "must be at most " + MAX_COMMENT + " characters, was "
                        + comment.length()));
            }
            long controls = comment.chars().filter(OutcomeRules::forbidden).count();
            if (controls > 0) {
                errors.add(new FieldError("comment", "must not contain control characters (other than tab, line "
                        + "feed and carriage return); found " + controls));
            }
        }
        return errors;
    }

    /** The comment as stored: trimmed, null when empty. */
    public static String normalise(String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    private static boolean forbidden(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
