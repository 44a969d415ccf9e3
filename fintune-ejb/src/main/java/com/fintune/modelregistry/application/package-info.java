/**
 * Administrators' changes to the model registry and the serving runtime: register a checkpoint directory, promote,
 * retire, set the traffic split, each audited with actor and reason; and the registry as the API shows it.
 * Depends on the model-registry domain, infrastructure and service packages, on assessment.application (the
 * {@code ModelRuntime}, the 400/409 exception bases, shadow results) and on the audit trail.
 */
package com.fintune.modelregistry.application;
