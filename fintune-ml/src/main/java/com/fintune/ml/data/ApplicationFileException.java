package com.fintune.ml.data;

import java.util.List;

/** A data file that cannot be read: every problem, each with its line number. Nothing was loaded. */
public class ApplicationFileException extends Exception {

    private final List<String> problems;

    public ApplicationFileException(List<String> problems) {
        super(problems.size() + " problem(s); first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, e.g. "line 12: creditScore: must be between 300 and 850, was 900". */
    public List<String> problems() {
        return problems;
    }
}
