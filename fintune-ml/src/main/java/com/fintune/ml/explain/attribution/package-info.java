/**
 * Why the model answered as it did: exact Shapley values over ten feature groups an underwriter recognises, each
 * replaced by a documented reference applicant, evaluated through the serving {@code ScoringModel}; and the effect of
 * each sentence of the underwriter's notes by occlusion. Depends on data, features, taxonomy, underwriting, explain
 * and serving (the scoring component); no Jakarta, no model internals.
 */
package com.fintune.ml.explain.attribution;
