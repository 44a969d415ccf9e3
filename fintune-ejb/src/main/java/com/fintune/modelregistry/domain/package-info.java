/**
 * The model registry: every model version, where its checkpoint is and the SHA-256 of its files, its lineage and
 * evaluation, its status in the lifecycle ({@link com.fintune.modelregistry.domain.ModelLifecycle}), the history of
 * its status changes and the traffic split ({@link com.fintune.modelregistry.domain.RoutingPlan}, pure logic).
 * JPA and Jackson, plus fintune-ml's evaluation records ({@link com.fintune.modelregistry.domain.RecordedEvaluation}).
 */
package com.fintune.modelregistry.domain;
