/**
 * The prediction API: POST /predict, GET /predictions (stored predictions, one or a page), POST /batch-predict with
 * its status resource, GET /metrics, and the mappers that turn the prediction service's refusals into problem+json.
 * Thin: parsing, roles and HTTP only; every rule lives in fintune-ejb's assessment service.
 */
package com.fintune.interfaces.rest.assessment;
