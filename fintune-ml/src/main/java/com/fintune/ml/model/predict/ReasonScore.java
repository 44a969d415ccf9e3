package com.fintune.ml.model.predict;

import com.fintune.ml.taxonomy.ReasonCategory;

/**
 * One denial-reason category with the model's probability that it applies (independent of the others).
 *
 * @param category    the taxonomy entry
 * @param probability sigmoid of the category's logit, 0..1
 */
public record ReasonScore(ReasonCategory category, float probability) {
}
