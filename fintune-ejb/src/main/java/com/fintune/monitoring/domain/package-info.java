/**
 * Monitoring data: applicant demographics (race, ethnicity, sex, age band), kept apart from the application so
 * nothing on the model's input path can reach them, and the stored drift checks (runs and per-column results).
 * JPA only; refers to applications and runs by id.
 */
package com.fintune.monitoring.domain;
