/**
 * Counterfactual recommendations searched over the real model: for a DENY or REFER answer, the smallest actionable
 * change (a smaller loan, a larger down payment, paying debts off, another program the applicant qualifies for, or
 * two of these) that the scoring model and the decision policy approve, and the check of the rule-based
 * remediation figures against it. Entry point: {@link com.fintune.ml.explain.counterfactual.CounterfactualSearch}.
 * Depends on {@code data}, {@code underwriting}, {@code explain} (policy, payment maths), {@code features} and
 * {@code serving} (the same {@code PredictionPipeline.features} and {@code ScoringModel} as serving); no Jakarta.
 * Never on the predict path: it is called on demand, by an explanation service.
 */
package com.fintune.ml.explain.counterfactual;
