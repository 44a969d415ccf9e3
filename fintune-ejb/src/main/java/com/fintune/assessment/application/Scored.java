package com.fintune.assessment.application;

import com.fintune.ml.serving.ModelScores;

/**
 * The model's scores for one application with where they came from.
 *
 * @param scores       probabilities and risk
 * @param inputHash    SHA-256 of the canonical features
 * @param modelVersion the model that produced them
 * @param cached       true when they came from the cache
 */
public record Scored(ModelScores scores, String inputHash, String modelVersion, boolean cached) {
}
