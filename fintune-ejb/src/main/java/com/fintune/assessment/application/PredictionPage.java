package com.fintune.assessment.application;

import com.fintune.assessment.domain.PredictionSummary;

import java.util.List;

/**
 * One page of stored predictions, newest first.
 *
 * @param total how many predictions match in all (on every page)
 */
public record PredictionPage(int page, int size, long total, List<PredictionSummary> items) {

    public PredictionPage {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return (total + size - 1) / size;
    }
}
