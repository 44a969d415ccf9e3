/**
 * RFC 9457 problem details (application/problem+json) for every error the API returns, and the mappers that
 * produce them. Any resource may throw a WebApplicationException or use {@link ProblemResponses} directly.
 */
package com.fintune.interfaces.rest.problem;
