/**
 * One explanation of one answer, as every interface gives it: the Shapley attributions and note sentences
 * ({@code explain.attribution}) with the counterfactual changes the model would approve and the check of the rule
 * figures against them ({@code explain.counterfactual}), written as one JSON document. Depends on those two packages,
 * serving and taxonomy; no Jakarta.
 */
package com.fintune.ml.explain.report;
