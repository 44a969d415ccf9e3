package com.fintune.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** One column's population stability index in one drift check, with its level (DRIFT_RESULTS). */
@Entity
@Table(name = "DRIFT_RESULTS")
public class DriftResult {

    /** A result before its run has an id. */
    public record Draft(String columnName, String columnKind, double psi, String level) {
        public DriftResult of(long runId) {
            return new DriftResult(runId, columnName, columnKind, psi, level);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "RUN_ID", nullable = false)
    private Long runId;
    @Column(name = "COLUMN_NAME", nullable = false, length = 64)
    private String columnName;
    @Column(name = "COLUMN_KIND", nullable = false, length = 10)
    private String columnKind;
    @Column(name = "PSI", nullable = false)
    private double psi;
    @Column(name = "DRIFT_LEVEL", nullable = false, length = 10)
    private String level;

    protected DriftResult() {
    }

    public DriftResult(long runId, String columnName, String columnKind, double psi, String level) {
        this.runId = runId;
        this.columnName = Objects.requireNonNull(columnName, "columnName");
        this.columnKind = Objects.requireNonNull(columnKind, "columnKind");
        this.psi = psi;
        this.level = Objects.requireNonNull(level, "level");
    }

    public Long getId() { return id; }
    public Long getRunId() { return runId; }
    public String getColumnName() { return columnName; }
    public String getColumnKind() { return columnKind; }
    public double getPsi() { return psi; }
    public String getLevel() { return level; }
}
