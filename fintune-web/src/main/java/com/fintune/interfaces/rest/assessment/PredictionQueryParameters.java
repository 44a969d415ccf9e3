package com.fintune.interfaces.rest.assessment;

import com.fintune.assessment.application.PredictionQuery;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.ValidationException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The query string of {@code GET /predictions} → a {@link PredictionQuery}, or one {@link ValidationException} that
 * names every bad parameter (unknown and repeated ones included) in words of our own: no parser's message, no class
 * name. An empty value counts as not given.
 */
final class PredictionQueryParameters {

    static final List<String> KNOWN = List.of("applicationId", "from", "to", "decision", "page", "size");

    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,18}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DATE_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.+");
    /** "+02:00" arrives as " 02:00" when the client did not encode the plus sign. */
    private static final Pattern UNENCODED_PLUS = Pattern.compile(" (?=[0-9]{2}:?[0-9]{2}$)");
    private static final String TIME_RULE = "must be a date (2024-05-01) or a date and time with its offset "
            + "(2024-05-01T08:30:00Z, 2024-05-01T10:30:00%2B02:00)";

    private PredictionQueryParameters() {
    }

    static PredictionQuery parse(Map<String, List<String>> parameters) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : new TreeSet<>(parameters.keySet())) {
            if (!KNOWN.contains(name)) {
                errors.add(new FieldError(name, "is not a parameter of this list (known: " + String.join(", ", KNOWN)
                        + ")"));
            }
        }
        Long applicationId = null;
        String value = single(parameters, "applicationId", errors);
        if (value != null) {
            applicationId = WHOLE.matcher(value).matches() && Long.parseLong(value) > 0 ? Long.parseLong(value) : null;
            if (applicationId == null) {
                errors.add(new FieldError("applicationId", "must be an application id: a whole number of 1 or more"));
            }
        }
        Instant from = instant(single(parameters, "from", errors), false, "from", errors);
        Instant to = instant(single(parameters, "to", errors), true, "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        String decision = single(parameters, "decision", errors);
        if (decision != null && !PredictionQuery.DECISIONS.contains(decision)) {
            errors.add(new FieldError("decision", "must be one of APPROVE, REFER, DENY"));
            decision = null;
        }
        int page = number(single(parameters, "page", errors), 0, 0, PredictionQuery.MAX_PAGE, "page", errors);
        int size = number(single(parameters, "size", errors), PredictionQuery.DEFAULT_SIZE, 1, PredictionQuery.MAX_SIZE,
                "size", errors);
        errors.sort(java.util.Comparator.comparingInt(e -> order(e.field())));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PredictionQuery(applicationId, from, to, decision, page, size);
    }

    /** The one value of a parameter, null when absent or empty; a repeated parameter is an error. */
    private static String single(Map<String, List<String>> parameters, String name, List<FieldError> errors) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            errors.add(new FieldError(name, "must be given at most once"));
            return null;
        }
        return values.isEmpty() || values.get(0) == null || values.get(0).isEmpty() ? null : values.get(0);
    }

    /** A date (from: its start; to: the end of that day, both UTC) or a date-time with offset; null when absent. */
    private static Instant instant(String value, boolean endOfDay, String name, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            if (DATE.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (DATE_TIME.matcher(value).matches()) {
                return OffsetDateTime.parse(UNENCODED_PLUS.matcher(value).replaceFirst("+")).toInstant();
            }
        } catch (DateTimeException notADate) {
            // reported below in our own words
        }
        errors.add(new FieldError(name, TIME_RULE));
        return null;
    }

    private static int number(String value, int absent, int min, int max, String name, List<FieldError> errors) {
        if (value == null) {
            return absent;
        }
        if (WHOLE.matcher(value).matches() && Long.parseLong(value) >= min && Long.parseLong(value) <= max) {
            return Integer.parseInt(value);
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return absent;
    }

    /** Errors in the order of the known parameters, unknown ones last. */
    private static int order(String field) {
        int i = KNOWN.indexOf(field);
        return i < 0 ? KNOWN.size() : i;
    }
}
