/**
 * The audit API: verification of the hash-chained audit log and signed checkpoints on demand (ADMIN, AUDITOR).
 * Thin over audit.application.
 */
package com.fintune.interfaces.rest.audit;
