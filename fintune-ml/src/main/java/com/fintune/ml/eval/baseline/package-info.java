/**
 * The tabular baseline the encoder must beat: gradient-boosted trees (XGBoost4J) on the feature pipeline's
 * structured vector, one binary model per denial reason plus a risk regressor. Depends on XGBoost4J and the JDK.
 */
package com.fintune.ml.eval.baseline;
