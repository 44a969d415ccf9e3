package com.fintune.assessment.domain;

import java.time.Instant;

/**
 * What the volume and accuracy figures read of one stored prediction.
 *
 * @param latencyMillis time to answer (null for old rows)
 * @param topReasons    comma-separated reason names (empty or null: none)
 * @param finalDecision the recorded final decision, or null
 */
public record ActivityRow(Instant assessedAt, String channel, String decision, Integer latencyMillis,
                          String topReasons, String finalDecision) {
}
