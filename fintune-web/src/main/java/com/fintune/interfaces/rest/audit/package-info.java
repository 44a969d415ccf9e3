/** The audit API: verification of the hash-chained audit log (ADMIN, AUDITOR). Thin over audit.application. */
package com.fintune.interfaces.rest.audit;
