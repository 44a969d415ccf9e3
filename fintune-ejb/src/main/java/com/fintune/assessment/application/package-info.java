/**
 * The prediction service: the model runtime (the loaded model versions, each with its micro-batcher, the sticky
 * traffic split, shadow scoring, the cache keyed per version), the one transactional predict
 * path for REST, SOAP, console and batch (storing each answer's JSON), stored predictions read back as a
 * {@link com.fintune.assessment.application.Viewer} may see them, the product catalogue and the prediction metrics.
 * EJB/CDI; depends on assessment.infrastructure, application, audit, the model registry's domain, infrastructure
 * (checkpoint files) and service (start-up record) and fintune-ml's serving, explain, features and data.
 */
package com.fintune.assessment.application;
