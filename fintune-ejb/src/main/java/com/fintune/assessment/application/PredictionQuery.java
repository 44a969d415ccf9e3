package com.fintune.assessment.application;

import java.time.Instant;
import java.util.Set;

/**
 * A validated request for a page of stored predictions; a null filter keeps everything. The interfaces turn their
 * parameters into one (naming every bad one); the checks here only guard against a programming error.
 *
 * @param from assessed at or after (inclusive)
 * @param to   assessed before (exclusive)
 * @param page 0-based page number
 * @param size predictions per page, 1 … {@link #MAX_SIZE}
 */
public record PredictionQuery(Long applicationId, Instant from, Instant to, String decision, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deepest page: keeps the row offset (page × size) well inside an int. */
    public static final int MAX_PAGE = 100_000;
    /** The decisions a prediction can carry (PredictionAnswer.decision). */
    public static final Set<String> DECISIONS = Set.of("APPROVE", "REFER", "DENY");

    public PredictionQuery {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " or size " + size + " out of range");
        }
        if (decision != null && !DECISIONS.contains(decision)) {
            throw new IllegalArgumentException("unknown decision " + decision);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    /** The first page of everything. */
    public static PredictionQuery all() {
        return new PredictionQuery(null, null, null, null, 0, DEFAULT_SIZE);
    }

    int offset() {
        return page * size;
    }
}
