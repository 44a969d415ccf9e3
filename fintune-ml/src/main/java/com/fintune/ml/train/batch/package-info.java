/**
 * Training examples as token ids with targets, and length-bucketed, seeded batching into padded ND4J arrays.
 * Depends on ND4J only.
 */
package com.fintune.ml.train.batch;
