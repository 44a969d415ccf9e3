/**
 * The prediction service: the model runtime (loaded model, micro-batching, cache), the one transactional predict
 * path for REST, SOAP, console and batch (storing each answer's JSON), stored predictions read back as a
 * {@link com.fintune.assessment.application.Viewer} may see them, the product catalogue and the prediction metrics.
 * EJB/CDI; depends on assessment.infrastructure, application, audit and fintune-ml's serving, explain, features and data.
 */
package com.fintune.assessment.application;
