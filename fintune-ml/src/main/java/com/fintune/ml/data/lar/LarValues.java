package com.fintune.ml.data.lar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads LAR values, recording a {@link LarProblem} instead of throwing. "NA" and "Exempt" mean not reported; the
 * public CSV's range buckets ("20%-<30%", "5-24", "<20%") read as their midpoint or lower bound.
 */
final class LarValues {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)%?\\s*-\\s*<?\\s*(\\d+(?:\\.\\d+)?)%?");
    private static final Pattern BELOW = Pattern.compile("<\\s*(\\d+(?:\\.\\d+)?)%?");
    private static final Pattern ABOVE = Pattern.compile(">\\s*(\\d+(?:\\.\\d+)?)%?");

    private final LarRow row;
    private final List<LarProblem> problems;

    LarValues(LarRow row, List<LarProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    static boolean notReported(String v) {
        return v.isEmpty() || v.equalsIgnoreCase("NA") || v.equalsIgnoreCase("Exempt");
    }

    /** A required code that must be one of {@code allowed}; -1 after recording a problem. */
    int code(LarField f, int... allowed) {
        String v = row.get(f);
        try {
            int c = Integer.parseInt(v);
            for (int a : allowed) {
                if (a == c) {
                    return c;
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(f, v.isEmpty() ? "is required" : "'" + v + "' is not a valid code");
        return -1;
    }

    /** An optional code: null when blank; a problem when present but not allowed. */
    Integer optionalCode(LarField f, int... allowed) {
        return row.get(f).isEmpty() ? null : code(f, allowed) < 0 ? null : Integer.parseInt(row.get(f));
    }

    /** A number, null when not reported; buckets read as their midpoint. */
    Double number(LarField f) {
        String v = row.get(f);
        if (notReported(v)) {
            return null;
        }
        try {
            return Double.parseDouble(v.endsWith("%") ? v.substring(0, v.length() - 1) : v);
        } catch (NumberFormatException e) {
            Double bucket = bucket(v);
            if (bucket == null) {
                problem(f, "'" + v + "' is not a number");
            }
            return bucket;
        }
    }

    /** A positive required amount. */
    double positive(LarField f) {
        int before = problems.size();
        Double d = number(f);
        if (d != null && d > 0) {
            return d;
        }
        if (problems.size() == before) {
            problem(f, d == null ? "is required" : "must be greater than 0");
        }
        return 0;
    }

    LocalDate date(LarField f) {
        String v = row.get(f);
        if (notReported(v)) {
            return null;
        }
        try {
            return LocalDate.parse(v, DATE);
        } catch (DateTimeParseException e) {
            problem(f, "'" + v + "' is not a date in YYYYMMDD form");
            return null;
        }
    }

    String text(LarField f) {
        String v = row.get(f);
        return notReported(v) ? null : v;
    }

    void problem(LarField f, String reason) {
        problems.add(new LarProblem(row.line(), f.label(), reason));
    }

    private static Double bucket(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        Matcher m = RANGE.matcher(s);
        if (m.matches()) {
            return (Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2))) / 2;
        }
        m = BELOW.matcher(s);
        if (m.matches()) {
            return Double.parseDouble(m.group(1)) * 0.75;
        }
        m = ABOVE.matcher(s);
        if (m.matches()) {
            return Double.parseDouble(m.group(1)) + 5;
        }
        return null;
    }
}
