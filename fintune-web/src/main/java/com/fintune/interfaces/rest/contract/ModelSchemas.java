package com.fintune.interfaces.rest.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The model registry's bodies (/api/v1/models) as the document describes them: the answers are the service's
 * {@code ModelView} records and the requests what {@code ModelRequests} reads, field for field (SchemaRecordsTest).
 * Null fields are left out of the answer.
 */
public final class ModelSchemas {

    private ModelSchemas() {
    }

    @Schema(name = "ModelVersion", description = "A registered model version with what this server holds of it")
    public record Model(
            @Schema(required = true, description = "The version: its directory's name and a digest of its weights")
            String version,
            @Schema(required = true) EnumSchemas.ModelStatusCode status,
            @Schema(required = true, description = "The checkpoint directory on the server") String artifactPath,
            @Schema(required = true) Instant registeredAt,
            @Schema(description = "Who registered it; absent for versions the server found at start-up")
            String registeredBy,
            @Schema(description = "When its status last changed") Instant statusChangedAt,
            @Schema(description = "When it last became CHAMPION") Instant championSince,
            @Schema(required = true, description = "SHA-256 of every file of its checkpoint directory, by relative "
                    + "path") Map<String, String> files,
            @Schema(required = true) Lineage lineage,
            @Schema(description = "Its evaluation's headline figures; absent without an evaluation")
            Figures evaluation,
            @Schema(required = true, description = "Whether this server holds it in memory") boolean loaded,
            @Schema(minimum = "0", description = "The memory its weights take while loaded") Long memoryBytes,
            @Schema(required = true, minimum = "0", maximum = "100", description = "Percent of the traffic it "
                    + "answers now") int routingWeight,
            @Schema(required = true, description = "Whether it is scored in the shadow of every answer now")
            boolean shadow,
            @Schema(description = "Its status changes, oldest first (GET /models/{version} only)")
            List<Event> history,
            @Schema(minimum = "0", description = "Shadow scores stored for it (GET /models/{version} only)")
            Long shadowPredictions) {
    }

    @Schema(name = "ModelLineage", description = "Where a version came from; unknown parts are absent")
    public record Lineage(String parentVersion, String trainingDataFingerprint,
                          @Schema(description = "The training configuration as JSON text") String trainingConfig,
                          String codeVersion) {
    }

    @Schema(name = "ModelFigures", description = "Headline figures of a version's evaluation; absent where not "
            + "measured")
    public record Figures(@Schema(minimum = "0", maximum = "1") Double macroF1,
                          @Schema(minimum = "0", description = "Mean absolute error of the risk score") Double riskMae,
                          @Schema(minimum = "0", maximum = "1") Double principalTop1,
                          @Schema(minimum = "0", description = "The lowest adverse impact ratio over the groups")
                          Double minimumAdverseImpactRatio) {
    }

    @Schema(name = "ModelEvent", description = "One status change of a version, with who made it and why")
    public record Event(
            @Schema(required = true, description = "REGISTER, PROMOTE, RETIRE or START_UP") String action,
            @Schema(description = "The status before; absent when it was registered") EnumSchemas.ModelStatusCode from,
            @Schema(required = true) EnumSchemas.ModelStatusCode to,
            @Schema(required = true) String actor,
            @Schema(description = "Why, as given") String reason,
            @Schema(required = true) Instant at) {
    }

    @Schema(name = "ModelRouting", description = "The traffic split in force")
    public record Routing(
            @Schema(required = true, description = "Whole percent of the traffic per answering version, adding up "
                    + "to 100; empty before a champion is loaded") Map<String, Integer> weights,
            @Schema(required = true, description = "The SHADOW versions scored beside every answer")
            List<String> shadows,
            @Schema(description = "Who set it last; absent when nobody has yet") String changedBy,
            @Schema(description = "Why it was set") String reason,
            @Schema(description = "When it was set") Instant changedAt) {
    }

    @Schema(name = "ShadowScore", description = "A score a SHADOW version gave beside a served answer")
    public record ShadowScore(
            @Schema(required = true) long id,
            @Schema(required = true, description = "The SHADOW version") String modelVersion,
            @Schema(required = true, description = "The version whose answer was served") String servedVersion,
            @Schema(description = "The X-Request-Id of the served prediction") String requestId,
            @Schema(description = "The stored application, when one was predicted") Long applicationId,
            @Schema(required = true, description = "SHA-256 of the input") String inputHash,
            @Schema(required = true, minimum = "0", maximum = "100") double riskScore,
            @Schema(required = true, description = "The reason probabilities as JSON text") String probabilities,
            @Schema(required = true, minimum = "0") int latencyMs,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "ModelRegistration", additionalProperties = Schema.False.class,
            description = "A checkpoint directory the server can read, with the reason and, optionally, its lineage")
    public record Registration(
            @Schema(required = true, description = "Absolute path of the checkpoint directory on the server "
                    + "(config.json, model.safetensors, the tokenizer; evaluation.json kept as its evaluation)")
            String artifactPath,
            @Schema(required = true, maxLength = 1000, description = "Why, for the audit trail") String reason,
            String parentVersion, String trainingDataFingerprint,
            @Schema(description = "The training configuration, a JSON object (JSON text is taken too)")
            Map<String, Object> trainingConfig,
            String codeVersion) {
    }

    @Schema(name = "ModelPromotion", additionalProperties = Schema.False.class,
            description = "The status to move to (CHALLENGER, SHADOW or CHAMPION); without it the next step")
    public record Promotion(EnumSchemas.ModelStatusCode to,
                            @Schema(required = true, maxLength = 1000, description = "Why, for the audit trail")
                            String reason) {
    }

    @Schema(name = "ModelRetirement", additionalProperties = Schema.False.class, description = "Why it is retired")
    public record Retirement(@Schema(required = true, maxLength = 1000, description = "Why, for the audit trail")
                             String reason) {
    }

    @Schema(name = "ModelRoutingChange", additionalProperties = Schema.False.class,
            description = "A new traffic split: whole percents for CHAMPION and CHALLENGER versions adding up to 100, "
                    + "and the SHADOW versions to score beside them")
    public record RoutingChange(
            @Schema(required = true, description = "Whole percent (0 to 100) per version, adding up to 100")
            Map<String, Integer> weights,
            @Schema(description = "SHADOW versions") List<String> shadows,
            @Schema(required = true, maxLength = 1000, description = "Why, for the audit trail") String reason) {
    }
}
