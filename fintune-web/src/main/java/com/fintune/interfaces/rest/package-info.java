/**
 * The REST API under /api/v1: one JAX-RS Application; resources live in one sub-package per domain.
 * Resources validate and map DTOs, then call fintune-ejb services; no business rule lives here.
 */
package com.fintune.interfaces.rest;
