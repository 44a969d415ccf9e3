package com.fintune.interfaces.rest.contract;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of POST /predict and POST /batch-predict as the OpenAPI document describes them. */
public final class RequestSchemas {

    private RequestSchemas() {
    }

    /** A stored application, by id; it then moves from RECEIVED into review. */
    @Schema(name = "StoredApplication", additionalProperties = Schema.False.class,
            description = "A stored application by its id, given alone")
    public record StoredApplication(
            @Schema(required = true, minimum = "1", description = "The stored application's id") long applicationId) {
    }

    /** POST /predict's body: an application in full or a stored one's id. */
    @Schema(name = "PredictRequest", oneOf = {ApplicationSchema.class, StoredApplication.class},
            description = "An application in full, or {\"applicationId\": n} for a stored one")
    public interface PredictRequest {
    }

    /** POST /batch-predict's body. */
    @Schema(name = "BatchRequest", additionalProperties = Schema.False.class,
            description = "Applications to predict, each as for POST /predict; fields in errors are named "
                    + "applications[i].field")
    public record BatchRequest(
            @Schema(required = true, minItems = 1, maxItems = 10000, description = "At most fintune.batch.max-size "
                    + "(default 10,000); up to fintune.batch.inline-max (default 32) they are answered at once")
            List<PredictRequest> applications) {
    }
}
