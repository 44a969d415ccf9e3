/**
 * Audit services: the append-only writer (the only code that writes AUDIT_LOG, and only INSERTs) and the chain
 * verifier. EJB; depends on audit.domain, audit.chain and audit.infrastructure.
 */
package com.fintune.audit.application;
