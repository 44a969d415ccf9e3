/**
 * RFC 9457 problem details (application/problem+json) for every error the API returns, and the mappers that
 * produce them. Any resource may throw a WebApplicationException or use {@link ProblemResponses} directly;
 * {@link JsonObjectBody} reads a small JSON object body into field-named errors.
 */
package com.fintune.interfaces.rest.problem;
