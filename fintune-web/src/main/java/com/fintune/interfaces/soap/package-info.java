/**
 * The SOAP interface (JAX-WS) for integrations that speak SOAP: the same prediction operation as POST /predict,
 * its XML types and faults, and the filter that signs callers in with HTTP Basic. Thin over the prediction service.
 */
@XmlSchema(namespace = PredictionEndpoint.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package com.fintune.interfaces.soap;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
