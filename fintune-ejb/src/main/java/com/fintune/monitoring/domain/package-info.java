/**
 * Fair-lending monitoring data: applicant demographics (race, ethnicity, sex, age band), kept apart from the
 * application so nothing on the model's input path can reach them. JPA only; refers to applications by id.
 */
package com.fintune.monitoring.domain;
