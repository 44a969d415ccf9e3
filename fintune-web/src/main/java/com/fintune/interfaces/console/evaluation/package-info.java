/**
 * The console's view of a model evaluation (fintune-ml's {@code EvaluationReport}, as stored in MODEL_VERSIONS):
 * table rows with figures formatted for display and the Chart.js configuration of the per-reason F1 chart.
 * Plain Java over fintune-ml's evaluation records; no JSF and no EJB here, so it is unit-tested on its own.
 */
package com.fintune.interfaces.console.evaluation;
