/**
 * Infrastructure behind assessments: the JPA repository for RISK_ASSESSMENTS (stored predictions found, searched and
 * counted by {@link com.fintune.assessment.infrastructure.PredictionCriteria}), the micro-batcher that gathers
 * concurrent predictions into encoder batches, and (in {@code cache}) the score cache. Depends on the assessment
 * domain, Jakarta Persistence and the cache libraries; never on fintune-web.
 */
package com.fintune.assessment.infrastructure;
