/**
 * The Monitoring screen: the serving model, latency percentiles and histogram, the score cache and batch jobs,
 * read from fintune-ejb's PredictionStatistics, PredictionActivity and RecentBatches.
 */
package com.fintune.interfaces.console.monitoring;
