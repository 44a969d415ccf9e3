package com.fintune.modelregistry.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One change of the traffic split (MODEL_ROUTING), the newest being the rules in force, with who and why. */
@Entity
@Table(name = "MODEL_ROUTING")
public class RoutingChange {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "WEIGHTS_JSON", nullable = false, length = 4000)
    private String weightsJson;
    @Column(name = "SHADOWS_JSON", nullable = false, length = 4000)
    private String shadowsJson;
    @Column(name = "CHANGED_BY", nullable = false, length = 100)
    private String changedBy;
    @Column(name = "REASON", nullable = false, length = 2000)
    private String reason;
    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    protected RoutingChange() {
    }

    public RoutingChange(RoutingPlan plan, String changedBy, String reason, Instant changedAt) {
        try {
            this.weightsJson = JSON.writeValueAsString(plan.weights());
            this.shadowsJson = JSON.writeValueAsString(plan.shadows());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a routing plan is always writable as JSON", e);
        }
        this.changedBy = changedBy;
        this.reason = reason;
        this.changedAt = changedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public RoutingPlan plan() {
        try {
            Map<String, Integer> weights = JSON.readValue(weightsJson, new TypeReference<Map<String, Integer>>() { });
            List<String> shadows = JSON.readValue(shadowsJson, new TypeReference<List<String>>() { });
            return new RoutingPlan(new TreeMap<>(weights), shadows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("MODEL_ROUTING row " + id + " is not readable: " + e.getMessage(), e);
        }
    }

    /** The fields the audit entry's output hash covers, by name. */
    public Map<String, Object> canonical() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("weights", weightsJson);
        m.put("shadows", shadowsJson);
        m.put("changedBy", changedBy);
        m.put("reason", reason);
        m.put("changedAt", changedAt.toString());
        return m;
    }

    public String getChangedBy() { return changedBy; }
    public String getReason() { return reason; }
    public Instant getChangedAt() { return changedAt; }
}
