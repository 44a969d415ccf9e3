/**
 * Post-processing of a model prediction into an underwriting answer: the decision policy, ranked principal reasons,
 * the risk summary, remediation and alternative products. Shared by REST, SOAP, console, batch and the CLI; depends
 * only on {@code com.fintune.ml.taxonomy}, {@code com.fintune.ml.data} and {@code com.fintune.ml.underwriting}
 * (program limits, compensating factors, product offers), never on the model runtime or Jakarta.
 */
package com.fintune.ml.explain;
