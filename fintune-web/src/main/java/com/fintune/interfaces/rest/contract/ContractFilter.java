package com.fintune.interfaces.rest.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.interfaces.rest.problem.ProblemResponses;
import com.fintune.ml.serving.PredictExample;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Finishes the OpenAPI document (registered as {@code mp.openapi.filter}): every 4xx and 5xx answer of every operation
 * is {@code application/problem+json} with the {@code Problem} schema, as the problem mappers send it; a protected
 * operation lists 401 and 403, an operation with a body 415, every operation 500; and the predict and batch examples
 * are the committed ones of fintune-ml ({@link PredictExample}), whose answer is the shipped model's.
 */
public class ContractFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ContractFilter.class.getName());
    static final String PROBLEM = "Problem";
    static final String JSON = "application/json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(op -> {
            if (op.getResponses() != null) {
                completeErrors(op);
            }
        }));
        try {
            addExamples(openAPI);
        } catch (RuntimeException | java.io.IOException e) {
            LOG.log(Level.WARNING, "The OpenAPI document goes without its prediction examples", e);
        }
    }

    /** The usual failures of every operation, and problem+json for every failure. */
    static void completeErrors(Operation op) {
        APIResponses responses = op.getResponses();
        if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
            addIfMissing(responses, "401", "Not signed in, or the credentials or the token are not valid");
            addIfMissing(responses, "403", "This account's roles may not use this operation");
        }
        if (op.getRequestBody() != null) {
            addIfMissing(responses, "415", "The body was not sent as application/json");
        }
        addIfMissing(responses, "500", "Unexpected failure; detail names an incident id that is also in the "
                + "server log");
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static void addExamples(OpenAPI openAPI) throws java.io.IOException {
        ObjectMapper json = new ObjectMapper();
        Object application = json.readValue(PredictExample.request(), Object.class);
        Object answer = json.readValue(PredictExample.answer(), Object.class);
        Map<String, Object> stored = Map.of("applicationId", 42);
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("applications", List.of(application, stored));
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(op -> {
            if ("predict".equals(op.getOperationId())) {
                MediaType request = requestMedia(op);
                if (request != null) {
                    request.addExample("application", OASFactory.createExample().summary("An application in full")
                            .value(application));
                    request.addExample("stored application", OASFactory.createExample()
                            .summary("A stored application by id").value(stored));
                }
                MediaType ok = responseMedia(op, "200");
                if (ok != null) {
                    ok.addExample("answer", OASFactory.createExample()
                            .summary("The shipped model's answer to the example application").value(answer));
                }
            } else if ("submitBatch".equals(op.getOperationId())) {
                MediaType request = requestMedia(op);
                if (request != null) {
                    request.addExample("two applications", OASFactory.createExample().value(batch));
                }
            }
        }));
    }

    private static MediaType requestMedia(Operation op) {
        return op.getRequestBody() == null || op.getRequestBody().getContent() == null ? null
                : op.getRequestBody().getContent().getMediaType(JSON);
    }

    private static MediaType responseMedia(Operation op, String code) {
        APIResponse response = op.getResponses() == null ? null : op.getResponses().getAPIResponse(code);
        return response == null || response.getContent() == null ? null : response.getContent().getMediaType(JSON);
    }
}
