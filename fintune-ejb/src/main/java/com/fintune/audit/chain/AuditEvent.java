package com.fintune.audit.chain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something that happened and must be on record: who did what to which subject, when, under which request and
 * model version, with the hashes of what went in and came out. Time is kept to the millisecond so that it survives
 * every database's timestamp column unchanged (the chain hashes it).
 *
 * @param occurredAt   when, UTC
 * @param actor        the authenticated user or system principal
 * @param action       what, e.g. PREDICT, BATCH_PREDICT, VERIFY
 * @param subject      what it concerned, e.g. "application:42" or "assessment:7f3…"
 * @param requestId    correlation id of the request
 * @param modelVersion model version involved, or null
 * @param inputHash    SHA-256 of the canonical input, or null
 * @param outputHash   SHA-256 of the canonical output, or null
 */
public record AuditEvent(Instant occurredAt, String actor, String action, String subject, String requestId,
                         String modelVersion, String inputHash, String outputHash) {

    public AuditEvent {
        if (occurredAt == null || blank(actor) || blank(action)) {
            throw new IllegalArgumentException("an audit event needs a time, an actor and an action");
        }
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The fields the chain hashes, by name. */
    Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("occurredAt", occurredAt.toString());
        m.put("actor", actor);
        m.put("action", action);
        m.put("subject", subject);
        m.put("requestId", requestId);
        m.put("modelVersion", modelVersion);
        m.put("inputHash", inputHash);
        m.put("outputHash", outputHash);
        return m;
    }
}
