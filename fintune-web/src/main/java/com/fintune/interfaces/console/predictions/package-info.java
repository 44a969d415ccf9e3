/**
 * The Predictions screen: stored predictions filtered by period, decision, reason, model version, submitter and
 * final decision, a page at a time (a lazy data table over fintune-ejb's StoredPredictions), and their CSV export.
 */
package com.fintune.interfaces.console.predictions;
