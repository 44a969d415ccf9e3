package com.fintune.interfaces.soap;

import com.fintune.assessment.application.ExplanationService;
import com.fintune.assessment.application.ExplanationUnavailableException;
import com.fintune.assessment.application.Viewer;
import com.fintune.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.xml.ws.WebServiceContext;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.assessment.application.ApplicationNotFoundException;
import com.fintune.assessment.application.Channel;
import com.fintune.assessment.application.InvalidApplicationException;
import com.fintune.assessment.application.PredictionService;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.FieldError;
import com.fintune.ml.data.ValidationException;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.ml.serving.PredictionAnswer;
import jakarta.ejb.EJB;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * SOAP 1.1 endpoint with the prediction operation of POST /api/v1/predict (same parser, same rules, same service,
 * same answer) and the explanation of GET /api/v1/predictions/{id}/explanation. WSDL at /soap/predictions?wsdl; HTTP Basic as UNDERWRITER or INTEGRATION (see SoapSecurityFilter).
 */
@WebService(serviceName = "PredictionService", portName = "PredictionPort", name = "Prediction",
        targetNamespace = PredictionEndpoint.NAMESPACE)
public class PredictionEndpoint {

    public static final String NAMESPACE = "urn:fintune:prediction:v1";

    @EJB
    PredictionService predictions;

    @EJB
    ExplanationService explanations;

    @Resource
    WebServiceContext context;

    @WebMethod(operationName = "predict")
    @WebResult(name = "prediction")
    public SoapPrediction predict(@WebParam(name = "application") SoapApplication application,
                                  @WebParam(name = "requestId") String requestId) throws InvalidApplicationFault {
        String id = requestId != null && requestId.matches("[A-Za-z0-9._:-]{1,64}") ? requestId
                : UUID.randomUUID().toString();
        try {
            if (application == null) {
                throw new ValidationException(List.of(new FieldError("application", "is required")));
            }
            ObjectNode node = ApplicationFiles.json().valueToTree(application);
            List<String> absent = new ArrayList<>();
            node.fieldNames().forEachRemaining(name -> {
                if (node.get(name).isNull()) {
                    absent.add(name);
                }
            });
            node.remove(absent);
            ApplicationJson.Request request = new ApplicationJson().read(node, "");
            PredictionAnswer answer = request.applicationId() != null
                    ? predictions.predictStored(request.applicationId(), Channel.SOAP, id)
                    : predictions.predict(request.application(), Channel.SOAP, id);
            return SoapPrediction.of(answer);
        } catch (ValidationException e) {
            throw InvalidApplicationFault.of(e.errors());
        } catch (InvalidApplicationException e) {
            throw InvalidApplicationFault.of(e.errors());
        } catch (ApplicationNotFoundException e) {
            throw InvalidApplicationFault.of(List.of(new FieldError("applicationId", e.getMessage())));
        }
    }

    /**
     * The explanation of a stored prediction this caller may see (an INTEGRATION account: its own), computed on the
     * first request and kept. An unknown or another account's id, or a prediction that cannot be explained as it was
     * answered, is a fault naming predictionId.
     */
    @WebMethod(operationName = "explain")
    @WebResult(name = "explanation")
    public SoapExplanation explain(@WebParam(name = "predictionId") long predictionId,
                                   @WebParam(name = "requestId") String requestId) throws InvalidApplicationFault {
        String id = requestId != null && requestId.matches("[A-Za-z0-9._:-]{1,64}") ? requestId
                : UUID.randomUUID().toString();
        java.security.Principal caller = context.getUserPrincipal();
        Set<String> roles = new HashSet<>();
        for (String role : List.of(Roles.UNDERWRITER, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATION)) {
            if (context.isUserInRole(role)) {
                roles.add(role);
            }
        }
        Viewer viewer = Viewer.of(caller == null ? "anonymous" : caller.getName(), roles);
        try {
            String json = explanations.explanation(predictionId, viewer, id).orElseThrow(() ->
                    InvalidApplicationFault.of(List.of(new FieldError("predictionId", "no prediction " + predictionId
                            + " that this account may see"))));
            return SoapExplanation.of(predictionId, ApplicationFiles.json().readTree(json));
        } catch (ExplanationUnavailableException e) {
            throw InvalidApplicationFault.of(List.of(new FieldError("predictionId", e.getMessage())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a kept explanation is JSON", e);
        }
    }
}
