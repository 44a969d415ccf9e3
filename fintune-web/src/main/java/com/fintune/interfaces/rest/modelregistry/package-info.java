/**
 * REST {@code /api/v1/models} (ADMIN only): the model registry, its lifecycle and the traffic split. Reads request
 * bodies and calls fintune-ejb's {@code modelregistry.application}; no business rule lives here.
 */
package com.fintune.interfaces.rest.modelregistry;
