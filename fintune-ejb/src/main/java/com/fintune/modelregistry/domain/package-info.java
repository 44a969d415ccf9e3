/**
 * The model registry: every trained model version, where its checkpoint is, its evaluation metrics and whether it
 * is the ACTIVE one, a CANDIDATE or RETIRED. JPA only.
 */
package com.fintune.modelregistry.domain;
