package com.fintune.monitoring.service;

import com.fintune.monitoring.domain.DriftResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * /metrics gauges of the latest drift check since the server started: {@value #PSI} per column (tag
 * {@code column}), and {@value #ACT_COLUMNS}, the number of columns at the act level (exported from the start, NaN
 * until a check). A column's gauge appears with the first check that measures it; after a restart the PSI gauges
 * wait for the next check.
 */
@ApplicationScoped
public class DriftGauges {

    public static final String PSI = "fintune_drift_psi";
    public static final String ACT_COLUMNS = "fintune_drift_columns_act";

    @Inject
    MetricRegistry registry;

    private final Map<String, Double> psi = new ConcurrentHashMap<>();
    private volatile int actColumns = -1;
    private volatile boolean registered;
    private Metadata psiMetadata;

    /** The act-level count is on /metrics from the start (NaN until a check), so alerts and dashboards find it. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        register();
    }

    private synchronized void register() {
        if (!registered) {
            psiMetadata = Metadata.builder().withName(PSI)
                    .withDescription("Population stability index of one column (feature, risk score, reason "
                            + "probability or note figure) in the latest drift check").build();
            registry.gauge(Metadata.builder().withName(ACT_COLUMNS)
                    .withDescription("Columns at or above the drift act threshold in the latest drift check (NaN "
                            + "before the first check since start)").build(), this,
                    g -> g.actColumns < 0 ? Double.NaN : g.actColumns);
            registered = true;
        }
    }

    /** Publishes one measured check's results. */
    public synchronized void update(List<DriftResult.Draft> results) {
        register();
        int act = 0;
        for (DriftResult.Draft r : results) {
            if (psi.put(r.columnName(), r.psi()) == null) {
                String column = r.columnName();
                registry.gauge(psiMetadata, psi, m -> m.getOrDefault(column, Double.NaN), new Tag("column", column));
            }
            if ("ACT".equals(r.level())) {
                act++;
            }
        }
        actColumns = act;
    }
}
