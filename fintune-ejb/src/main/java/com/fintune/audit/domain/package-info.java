/**
 * The audit trail as values and pure logic: canonical JSON, SHA-256 digests, the hash-chained {@link
 * com.fintune.audit.domain.AuditEntry} and its verification. No persistence here; depends on the JDK only.
 */
package com.fintune.audit.domain;
