package com.fintune.batch.smoke;

import com.fintune.platform.database.SchemaInspector;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Checks that the tables a job needs exist. Ends COMPLETED with exit status {@code TABLES=<n>}, or fails naming
 * the missing table so the job shows FAILED.
 */
@Named("schemaCheckBatchlet")
@Dependent
public class SchemaCheckBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(SchemaCheckBatchlet.class.getName());

    @EJB
    SchemaInspector inspector;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "requiredTables")
    String requiredTables;

    @Override
    public String process() {
        var tables = inspector.tableNames();
        for (String required : requiredTables.split(",")) {
            String table = required.trim().toUpperCase(java.util.Locale.ROOT);
            if (!table.isEmpty() && !tables.contains(table)) {
                throw new IllegalStateException("table " + table + " is missing");
            }
        }
        String exit = "TABLES=" + tables.size();
        LOG.info(() -> "Smoke job execution " + job.getExecutionId() + ": " + exit);
        job.setExitStatus(exit);
        return exit;
    }
}
