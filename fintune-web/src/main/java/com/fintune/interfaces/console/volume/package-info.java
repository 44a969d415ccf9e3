/**
 * The Prediction volume &amp; accuracy screen: fintune-ejb's PredictionActivity report for the last seven UTC days
 * as tables and a Chart.js configuration (predictions per day by decision).
 */
package com.fintune.interfaces.console.volume;
