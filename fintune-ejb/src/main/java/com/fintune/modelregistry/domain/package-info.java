/**
 * The model registry: every trained model version, where its checkpoint is, its evaluation metrics and whether it
 * is the ACTIVE one, a CANDIDATE or RETIRED. JPA, plus reading the stored evaluation JSON into fintune-ml's
 * evaluation records ({@link com.fintune.modelregistry.domain.RecordedEvaluation}).
 */
package com.fintune.modelregistry.domain;
