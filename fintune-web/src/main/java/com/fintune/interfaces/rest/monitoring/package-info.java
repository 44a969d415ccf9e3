/**
 * The monitoring API: the latest drift check and the fair-lending monitor of served predictions (ADMIN, AUDITOR).
 * Thin over monitoring.service.
 */
package com.fintune.interfaces.rest.monitoring;
