/**
 * Monitoring's JPA reads and writes: stored drift checks, served predictions page by page for drift, and
 * predictions joined with applicant demographics (the only place the two meet) for the fair-lending monitor.
 */
package com.fintune.monitoring.infrastructure;
