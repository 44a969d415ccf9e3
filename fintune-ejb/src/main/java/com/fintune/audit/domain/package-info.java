/**
 * The audit log: append-only, hash-chained entries (who did what, when, with which model and data hashes).
 * The entity only; the chain's computation belongs to the audit service. JPA only.
 */
package com.fintune.audit.domain;
