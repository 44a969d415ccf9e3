/**
 * Jakarta Batch jobs of FinTune, one sub-package per job; job XML under META-INF/batch-jobs. Steps stay thin:
 * each calls a fintune-ejb service. May depend on fintune-ejb, never on fintune-web.
 */
package com.fintune.batch;
