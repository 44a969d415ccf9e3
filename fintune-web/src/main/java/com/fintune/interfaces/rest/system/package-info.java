/**
 * Operational facts of the running system for administrators and auditors (schema version, tables, batch jobs).
 * Depends on fintune-ejb's platform services.
 */
package com.fintune.interfaces.rest.system;
