/** The drift-check job's batchlet: reads its parameters and calls the EJB DriftService, nothing more. */
package com.fintune.batch.drift;
