package com.fintune.interfaces.soap;

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
 * SOAP 1.1 endpoint with the prediction operation of POST /api/v1/predict: same parser, same rules, same service,
 * same answer. WSDL at /soap/predictions?wsdl; HTTP Basic as UNDERWRITER or INTEGRATION (see SoapSecurityFilter).
 */
@WebService(serviceName = "PredictionService", portName = "PredictionPort", name = "Prediction",
        targetNamespace = PredictionEndpoint.NAMESPACE)
public class PredictionEndpoint {

    public static final String NAMESPACE = "urn:fintune:prediction:v1";

    @EJB
    PredictionService predictions;

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
}
