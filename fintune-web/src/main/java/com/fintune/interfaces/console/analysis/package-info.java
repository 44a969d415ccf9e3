/**
 * The Prediction analysis screen: the application form (the API's fields and rules), a prediction's answer, its
 * explanation turned into rows for the page (waterfall, note highlights, counterfactuals) and the final decision.
 * Presentation only: validation, prediction, explanation and outcomes are fintune-ejb services.
 */
package com.fintune.interfaces.console.analysis;
