package com.fintune.ml.data.lar;

import java.util.List;

/** Reading the filing format's lines: the transmittal sheet and LAR records split on '|'. */
final class FilingLines {

    private FilingLines() {
    }

    static Transmittal transmittal(String[] f, List<LarProblem> problems) {
        if (f.length != LarField.TS_FIELDS) {
            problems.add(new LarProblem(1, "transmittal sheet", "has " + f.length + " fields, expected "
                    + LarField.TS_FIELDS));
            return null;
        }
        int before = problems.size();
        int year = integer(f, 3, "Calendar Year (field 3)", problems);
        int quarter = integer(f, 4, "Calendar Quarter (field 4)", problems);
        int agency = integer(f, 12, "Federal Agency (field 12)", problems);
        int total = integer(f, 13, "Total Number of Entries Contained in Submission (field 13)", problems);
        if (!f[14].matches("[A-Za-z0-9]{20}")) {
            problems.add(new LarProblem(1, "Legal Entity Identifier (LEI) (field 15)", "must be 20 letters or digits"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Transmittal(f[1], year, quarter, f[4], f[5], f[6], f[7], f[8], f[9], f[10], agency, total,
                f[13], f[14]);
    }

    static LarRow row(int line, String[] fields) {
        return new LarRow() {
            @Override
            public int line() {
                return line;
            }

            @Override
            public String get(LarField field) {
                return fields[field.index()].trim();
            }

            @Override
            public boolean carries(LarField field) {
                return true;
            }
        };
    }

    private static int integer(String[] f, int number, String name, List<LarProblem> problems) {
        try {
            return Integer.parseInt(f[number - 1].trim());
        } catch (NumberFormatException e) {
            problems.add(new LarProblem(1, name, "'" + f[number - 1] + "' is not a whole number"));
            return -1;
        }
    }
}
