package com.fintune.interfaces.rest.contract;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GET /monitoring/drift and /monitoring/fair-lending as the document describes them: the services' {@code DriftReport}
 * and {@code FairLendingReport}, field for field (SchemaRecordsTest). Null fields are left out of the answer.
 */
public final class MonitoringSchemas {

    private MonitoringSchemas() {
    }

    @Schema(name = "DriftReport", description = "The latest drift check")
    public record Drift(
            @Schema(required = true) long runId,
            @Schema(required = true, enumeration = {"MEASURED", "TOO_FEW_PREDICTIONS"}) String status,
            String modelVersion, String referenceModelVersion,
            @Schema(required = true, description = "The reference's scores come from the serving model itself")
            boolean scoresComparable,
            String referenceSource,
            @Schema(required = true) Instant from, @Schema(required = true) Instant to,
            @Schema(required = true, minimum = "0") int predictions,
            @Schema(required = true, minimum = "0") int skipped,
            @Schema(required = true, description = "PSI from which a column is WATCH") double watch,
            @Schema(required = true, description = "PSI from which a column is ACT") double act,
            @Schema(minimum = "0", maximum = "1", description = "Share of the window's note words outside the "
                    + "reference vocabulary") Double outOfVocabularyRate,
            @Schema(required = true, minimum = "0", maximum = "1") double expectedOutOfVocabularyRate,
            String requestedBy, Long jobExecutionId, Instant completedAt,
            @Schema(required = true, description = "Every column in the reference's order; empty unless MEASURED")
            List<DriftColumn> columns) {
    }

    @Schema(name = "DriftColumn", description = "One column's population stability index and level")
    public record DriftColumn(@Schema(required = true) String name, @Schema(required = true) String kind,
                              @Schema(required = true, minimum = "0") double psi,
                              @Schema(required = true, enumeration = {"OK", "WATCH", "ACT"}) String level) {
    }

    @Schema(name = "FairLendingReport", description = "Adverse impact ratios of approval and standardized mean "
            + "differences of risk by race, ethnicity, sex and age band, per model version")
    public record FairLending(
            @Schema(required = true, minimum = "1") int days,
            @Schema(required = true) Instant from, @Schema(required = true) Instant to,
            @Schema(required = true, description = "Judged groups below it are flagged") double airFloor,
            @Schema(required = true, description = "Predictions a group and its control need to be judged")
            int minimumGroupCount,
            @Schema(required = true, description = "What counts as an approval") String approval,
            @Schema(required = true, description = "Which predictions carry demographics") String coverage,
            @Schema(required = true) List<ModelFairness> models) {
    }

    @Schema(name = "ModelFairness", description = "One model version's figures")
    public record ModelFairness(@Schema(required = true) String modelVersion,
                                @Schema(required = true, minimum = "0") long predictions,
                                @Schema(required = true, minimum = "0") int withDemographics,
                                @Schema(required = true) List<FairnessGroup> groups,
                                @Schema(required = true) List<String> dimensionsSkipped,
                                @Schema(description = "The lowest AIR among judged groups") Double minimumJudgedAir,
                                @Schema(required = true, minimum = "0") int groupsBelowFloor) {
    }

    @Schema(name = "FairnessGroup", description = "One group against its dimension's control group")
    public record FairnessGroup(@Schema(required = true) String dimension, @Schema(required = true) String group,
                                @Schema(required = true) String control,
                                @Schema(required = true, minimum = "0") int count,
                                @Schema(required = true, minimum = "0", maximum = "1") double approvalRate,
                                @Schema(description = "Absent when the control group has no approvals")
                                Double adverseImpactRatio,
                                @Schema(required = true) double meanRisk,
                                @Schema(required = true) double standardizedMeanDifference,
                                @Schema(required = true) boolean judged,
                                @Schema(required = true) boolean belowFloor) {
    }
}
