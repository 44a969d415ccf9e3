/**
 * The REST API's contract as the OpenAPI document (/openapi) states it: schema-only records for the request and
 * answer bodies (the resources send fintune-ml's and the services' records, whose JSON has these shapes; tests beside
 * them check the names, types and ranges against those records and the validator), and the filter that gives every
 * error its problem+json schema and the predict example its shipped-model answer. Depends on fintune-ml and the
 * problem package only.
 */
package com.fintune.interfaces.rest.contract;
