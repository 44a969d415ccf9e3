package com.fintune.interfaces.rest.contract;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GET /predictions/{id} and GET /predictions as the document describes them (the resource writes them in
 * {@code StoredPredictionJson}; StoredPredictionSchemasTest holds the names equal).
 */
public final class StoredPredictionSchemas {

    private StoredPredictionSchemas() {
    }

    /** One stored prediction with its answer as first sent. */
    @Schema(name = "StoredPrediction", description = "A stored prediction; answer is the POST /predict answer byte "
            + "for byte")
    public record One(@Schema(required = true) long predictionId,
                      @Schema(required = true, nullable = true) Long applicationId,
                      @Schema(required = true, enumeration = {"REST", "SOAP", "CONSOLE", "BATCH"}) String channel,
                      @Schema(required = true, description = "The account that asked") String submittedBy,
                      @Schema(required = true) Instant assessedAt,
                      @Schema(required = true, nullable = true, description = "Null for predictions made before "
                              + "answers were stored") AnswerSchema answer,
                      @Schema(required = true) Links links) {
    }

    /** A page of stored predictions. */
    @Schema(name = "PredictionPage", description = "Stored predictions, newest first")
    public record Page(@Schema(required = true, minimum = "0", description = "0-based") int page,
                       @Schema(required = true, minimum = "1") int size,
                       @Schema(required = true, minimum = "0") long total,
                       @Schema(required = true, minimum = "0") int totalPages,
                       @Schema(required = true) List<Summary> items) {
    }

    /** One line of a page. */
    @Schema(name = "PredictionSummary", description = "A stored prediction in brief")
    public record Summary(@Schema(required = true) long predictionId,
                          @Schema(required = true, nullable = true) Long applicationId,
                          @Schema(required = true, nullable = true) EnumSchemas.DecisionCode decision,
                          @Schema(required = true, nullable = true, minimum = "0", maximum = "100") Double riskScore,
                          @Schema(required = true, description = "The principal reasons, most likely first")
                          List<EnumSchemas.Category> reasons,
                          @Schema(required = true, nullable = true) String modelVersion,
                          @Schema(required = true, enumeration = {"REST", "SOAP", "CONSOLE", "BATCH"}) String channel,
                          @Schema(required = true) String submittedBy,
                          @Schema(required = true) Instant assessedAt,
                          @Schema(required = true) Links links) {
    }

    /** Links that can be followed today. */
    @Schema(name = "PredictionLinks", description = "Paths of this prediction's resources; notice only for a DENY")
    public record Links(@Schema(required = true) String self, @Schema(required = true) String explanation,
                        String notice) {
    }
}
