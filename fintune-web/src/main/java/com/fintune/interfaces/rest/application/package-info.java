/**
 * REST resources for loan applications (/api/v1/applications). Map DTOs and call
 * {@code com.fintune.application.service}; no business rule lives here.
 */
package com.fintune.interfaces.rest.application;
