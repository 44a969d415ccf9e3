package com.fintune.interfaces.rest.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GET /monitoring/accuracy as the document describes it: the service's {@code ActivityFigures.Report}, field for field
 * (SchemaRecordsTest). Rates are left out when nothing was there to measure.
 */
public final class ActivitySchemas {

    private ActivitySchemas() {
    }

    @Schema(name = "ActivityReport", description = "Prediction volume and accuracy over whole UTC days [from, to)")
    public record Report(@Schema(required = true) Instant from, @Schema(required = true) Instant to,
                         @Schema(required = true) List<Day> days, @Schema(required = true) List<Reason> reasons,
                         @Schema(required = true, minimum = "0") long predictions,
                         @Schema(required = true, minimum = "0", description = "With a final APPROVE or DENY to "
                                 + "compare with") long compared,
                         @Schema(required = true, minimum = "0") long agreed,
                         @Schema(minimum = "0", maximum = "1") Double agreement,
                         @Schema(required = true) List<LatencyBucket> latency,
                         @Schema(required = true, description = "More predictions than were read") boolean truncated) {
    }

    @Schema(name = "ActivityDay", description = "One UTC day")
    public record Day(@Schema(required = true) LocalDate day, @Schema(required = true, minimum = "0") long total,
                      @Schema(required = true, description = "Predictions by channel (REST, SOAP, CONSOLE, BATCH)")
                      Map<String, Long> byChannel,
                      @Schema(required = true, description = "Predictions by decision (APPROVE, REFER, DENY)")
                      Map<String, Long> byDecision,
                      Integer latencyP50Ms, Integer latencyP95Ms,
                      @Schema(required = true, minimum = "0") long compared,
                      @Schema(required = true, minimum = "0") long agreed,
                      @Schema(minimum = "0", maximum = "1") Double agreement) {
    }

    @Schema(name = "ActivityReason", description = "One reason over the period, as a denial signal")
    public record Reason(@Schema(required = true) EnumSchemas.Category reason,
                         @Schema(required = true, minimum = "0") long named,
                         @Schema(required = true, minimum = "0") long withOutcome,
                         @Schema(required = true, minimum = "0") long denied,
                         @Schema(minimum = "0", maximum = "1", description = "denied ÷ withOutcome") Double precision,
                         @Schema(minimum = "0", maximum = "1", description = "Share of all final denials whose "
                                 + "prediction named it") Double ofAllDenials) {
    }

    @Schema(name = "LatencyBucket", description = "Predictions answered in [fromMs, toMs) milliseconds")
    public record LatencyBucket(@Schema(required = true, minimum = "0") int fromMs,
                                @Schema(description = "Absent for the last bucket: and slower") Integer toMs,
                                @Schema(required = true, minimum = "0") long count) {
    }
}
