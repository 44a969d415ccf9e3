/**
 * Serving one prediction outside training: the answer every way in returns (REST, SOAP, batch, `fintune predict`),
 * the model's scores as cached, the model version fingerprint and the in-process scoring pipeline. Depends on
 * data, underwriting (product offers), features, inference, model and explain; no Jakarta.
 */
package com.fintune.ml.serving;
