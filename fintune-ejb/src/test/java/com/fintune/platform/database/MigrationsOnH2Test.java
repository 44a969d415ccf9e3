package com.fintune.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Runs the real migrations against an in-memory H2 and checks the lender's tables exist afterwards. */
class MigrationsOnH2Test {

    static final Set<String> TABLES = Set.of("APPLICATIONS", "CUSTOMERS", "RISK_ASSESSMENTS", "PROPERTY_DETAILS",
            "MORTGAGE_PRODUCTS", "DOCUMENTS_REGISTRY", "AUDIT_LOG", "MODEL_VERSIONS", "APPLICANT_DEMOGRAPHICS",
            "DRIFT_RUNS", "DRIFT_RESULTS", "MODEL_VERSION_EVENTS", "MODEL_ROUTING", "SHADOW_PREDICTIONS");

    @Test
    void migrationsCreateEveryTable() throws Exception {
        String url = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations(MigrationPlan.forVendor(DatabaseVendor.H2).locations().toArray(String[]::new))
                .load();
        int executed = flyway.migrate().migrationsExecuted;
        assertTrue(executed >= 1, "Flyway ran no migration");

        Set<String> found = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                found.add(rs.getString("TABLE_NAME"));
            }
        }
        assertTrue(found.containsAll(TABLES), "tables found: " + found);
        assertEquals(0, flyway.migrate().migrationsExecuted, "a second start must apply nothing new");
    }
}
