/**
 * The stored adverse-action notice (a DOCUMENTS_REGISTRY row of type ADVERSE_ACTION_NOTICE with its PDF).
 * JPA only; depends on nothing else of FinTune.
 */
package com.fintune.notice.domain;
