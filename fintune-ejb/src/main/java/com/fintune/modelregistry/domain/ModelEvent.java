package com.fintune.modelregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One change of a version's status (MODEL_VERSION_EVENTS) with who made it and why; {@link #canonical()} is what
 * its audit entry hashes.
 */
@Entity
@Table(name = "MODEL_VERSION_EVENTS")
public class ModelEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "VERSION", nullable = false, length = 64)
    private String version;
    @Column(name = "ACTION", nullable = false, length = 30)
    private String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 20)
    private ModelStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", nullable = false, length = 20)
    private ModelStatus toStatus;
    @Column(name = "ACTOR", nullable = false, length = 100)
    private String actor;
    @Column(name = "REASON", nullable = false, length = 2000)
    private String reason;
    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    protected ModelEvent() {
    }

    public ModelEvent(String version, String action, ModelStatus fromStatus, ModelStatus toStatus, String actor,
                      String reason, Instant occurredAt) {
        this.version = Objects.requireNonNull(version, "version");
        this.action = Objects.requireNonNull(action, "action");
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus, "toStatus");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The fields the audit entry's output hash covers, by name. */
    public Map<String, Object> canonical() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("action", action);
        m.put("from", fromStatus == null ? null : fromStatus.name());
        m.put("to", toStatus.name());
        m.put("actor", actor);
        m.put("reason", reason);
        m.put("occurredAt", occurredAt.toString());
        return m;
    }

    public String getVersion() { return version; }
    public String getAction() { return action; }
    public ModelStatus getFromStatus() { return fromStatus; }
    public ModelStatus getToStatus() { return toStatus; }
    public String getActor() { return actor; }
    public String getReason() { return reason; }
    public Instant getOccurredAt() { return occurredAt; }
}
