/**
 * The Audit trail screen (AUDITOR, ADMIN): the hash-chained log filtered by subject, actor and day, a page at a
 * time, and the chain's verification with its result and first broken link. Calls fintune-ejb's AuditLogView and
 * AuditAnchor only.
 */
package com.fintune.interfaces.console.audit;
