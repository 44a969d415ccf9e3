package com.fintune.ml.data.lar;

import java.util.List;

/** A LAR file with at least one bad row: every problem found; nothing from the file was imported. */
public class LarImportException extends Exception {

    private final List<LarProblem> problems;

    public LarImportException(List<LarProblem> problems) {
        super(problems.size() + " problem(s) in LAR file; first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<LarProblem> problems() {
        return problems;
    }
}
