/**
 * Persistence of the model registry (versions, status changes, traffic split) and the checkpoint directories on
 * disk (existence, SHA-256 of every file). Depends on the model-registry domain, Jakarta Persistence and Jackson.
 */
package com.fintune.modelregistry.infrastructure;
