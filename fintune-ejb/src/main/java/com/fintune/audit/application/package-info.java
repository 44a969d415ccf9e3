/**
 * Audit services: the append-only writer (the only code that writes AUDIT_LOG, and only INSERTs), the verifier that
 * reads the chain in one transaction, and the anchor (signed checkpoints outside the database, on a timer and on
 * demand), and the read-only view of the log for the console. EJB; depends on audit.domain, audit.chain, audit.anchor, audit.infrastructure and platform.database.
 */
package com.fintune.audit.application;
