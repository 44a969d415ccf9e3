package com.fintune.interfaces.rest.contract;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to one application as the OpenAPI document describes it: fintune-ml's {@code PredictionAnswer} and its
 * parts, field for field (AnswerSchemaTest holds the names equal). Sent with every field present, nulls included.
 */
@Schema(name = "PredictionAnswer", description = "The explained prediction, identical for REST, SOAP, batch results "
        + "and bin/fintune predict; GET /predictions/{id} gives back the same bytes")
public record AnswerSchema(
        @Schema(required = true, nullable = true, description = "The stored RISK_ASSESSMENTS id; null when nothing "
                + "was stored") Long predictionId,
        @Schema(required = true, nullable = true, description = "The stored application's id; null for an "
                + "application given in full") Long applicationId,
        @Schema(required = true, description = "The model that answered: name@ and 12 hex of its files' SHA-256")
        String modelVersion,
        @Schema(required = true, description = "Under the decision policy: a reason at probability 0.5 or more is an "
                + "adverse action; REFER where the program's compensating factors allow an exception")
        EnumSchemas.DecisionCode decision,
        @Schema(required = true, minimum = "0", maximum = "100", description = "The model's risk head, two decimals")
        double riskScore,
        @Schema(required = true, maxItems = 4, description = "The principal reasons, most likely first")
        List<Reason> reasons,
        @Schema(required = true) Probabilities probabilities,
        @Schema(required = true, description = "Sentences quoting the application's figures and the policy limits")
        String riskSummary,
        @Schema(required = true, description = "Per reason, what would address it") List<Remediation> recommendations,
        @Schema(required = true, description = "Other programs the application qualifies for as it stands")
        List<Product> alternativeProducts,
        @Schema(required = true, minimum = "0", description = "Time spent answering, milliseconds") double latencyMs,
        @Schema(required = true, description = "True when the model's scores came from the cache") boolean cached) {

    /** One principal reason as an adverse-action notice gives it. */
    @Schema(name = "Reason", description = "A principal denial reason")
    public record Reason(
            @Schema(required = true, minimum = "1", maximum = "4", description = "1 = most likely") int rank,
            @Schema(required = true, minimum = "1", maximum = "12", description = "FinTune's category code") int code,
            @Schema(required = true) EnumSchemas.Category name,
            @Schema(required = true) String displayName,
            @Schema(required = true, minimum = "0", maximum = "1", description = "Four decimals") double probability,
            @Schema(required = true, description = "The HMDA denial-reason code") int hmdaCode,
            @Schema(required = true, description = "Regulation B sample-form wording") String noticeText) {
    }

    /** What would address one reason. */
    @Schema(name = "Remediation", description = "What would address one reason")
    public record Remediation(
            @Schema(required = true) EnumSchemas.Category reason,
            @Schema(required = true) String action,
            @Schema(required = true, nullable = true, description = "What targetValue is, e.g. maxLoanAmount")
            String targetName,
            @Schema(required = true, nullable = true, description = "The computed figure targetName names")
            Double targetValue) {
    }

    /** An alternative program. */
    @Schema(name = "AlternativeProduct", description = "A program the application qualifies for")
    public record Product(@Schema(required = true) String code, @Schema(required = true) String name,
                          @Schema(required = true, description = "HMDA loan type") String loanType) {
    }

    /** All twelve reason probabilities, in taxonomy order. */
    @Schema(name = "ReasonProbabilities", additionalProperties = Schema.False.class,
            description = "The model's probability of each of the 12 denial-reason categories, four decimals")
    public record Probabilities(
            @Schema(required = true, minimum = "0", maximum = "1") double DTI,
            @Schema(required = true, minimum = "0", maximum = "1") double INCOME,
            @Schema(required = true, minimum = "0", maximum = "1") double EMPLOYMENT,
            @Schema(required = true, minimum = "0", maximum = "1") double DELINQUENCY,
            @Schema(required = true, minimum = "0", maximum = "1") double DEROGATORY,
            @Schema(required = true, minimum = "0", maximum = "1") double THIN_FILE,
            @Schema(required = true, minimum = "0", maximum = "1") double COLLATERAL,
            @Schema(required = true, minimum = "0", maximum = "1") double CASH,
            @Schema(required = true, minimum = "0", maximum = "1") double UNVERIFIABLE,
            @Schema(required = true, minimum = "0", maximum = "1") double INCOMPLETE,
            @Schema(required = true, minimum = "0", maximum = "1") double MORTGAGE_INSURANCE,
            @Schema(required = true, minimum = "0", maximum = "1") double OTHER_POLICY) {
    }
}
