/**
 * Training examples as token ids with targets, and length-bucketed, seeded batching.
 * Depends on ND4J only.
 */
package com.fintune.ml.train.batch;
