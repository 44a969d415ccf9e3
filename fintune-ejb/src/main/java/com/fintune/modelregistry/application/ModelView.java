package com.fintune.modelregistry.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A registered model version as {@code GET /api/v1/models} shows it. {@code history} and {@code shadowPredictions}
 * are filled for one version only ({@code GET /api/v1/models/{version}}).
 *
 * @param files            SHA-256 of every file of its checkpoint directory, by relative path
 * @param evaluation       its evaluation's headline figures, or null without an evaluation
 * @param loaded           whether this server holds it in memory
 * @param memoryBytes      the memory its weights take while loaded, else null
 * @param routingWeight    percent of the traffic it answers now
 * @param shadow           whether it is scored in the shadow of every answer now
 */
public record ModelView(String version, String status, String artifactPath, Instant registeredAt,
                        String registeredBy, Instant statusChangedAt, Instant championSince,
                        Map<String, String> files, Lineage lineage, Figures evaluation, boolean loaded,
                        Long memoryBytes, int routingWeight, boolean shadow, List<Event> history,
                        Long shadowPredictions) {

    /** Where it came from; unknown parts are null. {@code trainingConfig} is JSON text. */
    public record Lineage(String parentVersion, String trainingDataFingerprint, String trainingConfig,
                          String codeVersion) {
    }

    /** Headline figures of its evaluation; null where not measured. */
    public record Figures(Double macroF1, Double riskMae, Double principalTop1, Double minimumAdverseImpactRatio) {
    }

    /** One status change. */
    public record Event(String action, String from, String to, String actor, String reason, Instant at) {
    }

    /** The traffic split in force. */
    public record Routing(Map<String, Integer> weights, List<String> shadows, String changedBy, String reason,
                          Instant changedAt) {
    }

    /** One stored shadow score. */
    public record ShadowScore(long id, String modelVersion, String servedVersion, String requestId,
                              Long applicationId, String inputHash, double riskScore, String probabilities,
                              int latencyMs, Instant createdAt) {
    }
}
