package com.fintune.ml.data.lar;

/** One reason a LAR file cannot be imported: where (line, field) and why. */
public record LarProblem(int line, String field, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + field + ": " + reason;
    }
}
