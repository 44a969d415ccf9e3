/**
 * Measuring the encoder: latency percentiles, throughput, the GEMM floor on the encoder's shapes, per-op timing and
 * the resident memory of a loaded predictor. Depends on {@code model}, {@code model.predict} and ND4J.
 */
package com.fintune.ml.model.bench;
