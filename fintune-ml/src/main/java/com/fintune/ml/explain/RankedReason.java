package com.fintune.ml.explain;

import com.fintune.ml.taxonomy.ReasonCategory;

/**
 * One principal reason as an adverse-action notice states it.
 *
 * @param rank        1 = most likely
 * @param category    the taxonomy entry
 * @param probability the model's probability for it, 0..1
 */
public record RankedReason(int rank, ReasonCategory category, double probability) {

    public int code() {
        return category.code();
    }

    public String name() {
        return category.name();
    }

    public String displayName() {
        return category.displayName();
    }

    public int hmdaCode() {
        return category.hmdaCode();
    }

    public String noticeText() {
        return category.noticeText();
    }
}
