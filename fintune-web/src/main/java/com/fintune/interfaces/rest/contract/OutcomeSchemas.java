package com.fintune.interfaces.rest.contract;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The final decision's request and answer (POST and GET /predictions/{id}/outcome) as the document describes them. */
public final class OutcomeSchemas {

    private OutcomeSchemas() {
    }

    /** The body of POST /predictions/{id}/outcome. */
    @Schema(name = "OutcomeRequest", additionalProperties = Schema.False.class, description = "A final decision")
    public record Request(
            @Schema(required = true, enumeration = {"APPROVE", "DENY", "WITHDRAW"}) String decision,
            @Schema(maxLength = 2000, description = "The underwriter's comment") String comment) {
    }

    /** The service's {@code RecordedOutcome}. */
    @Schema(name = "RecordedOutcome", description = "The final decision recorded for a prediction")
    public record Recorded(
            @Schema(required = true) long predictionId,
            @Schema(required = true, enumeration = {"APPROVE", "DENY", "WITHDRAW"}) String decision,
            @Schema(nullable = true) String comment,
            @Schema(required = true, description = "The account that recorded it") String recordedBy,
            @Schema(required = true) Instant recordedAt) {
    }
}
