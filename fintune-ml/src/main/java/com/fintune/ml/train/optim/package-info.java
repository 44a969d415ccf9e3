/**
 * Optimisation for fine-tuning: AdamW with decoupled weight decay, the linear warm-up/decay schedule and global-norm
 * gradient clipping, over named ND4J parameter arrays updated in place. Depends on ND4J only.
 */
package com.fintune.ml.train.optim;
