package com.fintune.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V1_11 turns the one ACTIVE model version of before into the CHAMPION and leaves the others as they were. */
class ModelRegistryMigrationTest {

    @Test
    void theActiveVersionBecomesTheChampion() throws Exception {
        String url = "jdbc:h2:mem:registry-migration;DB_CLOSE_DELAY=-1";
        String[] locations = MigrationPlan.forVendor(DatabaseVendor.H2).locations().toArray(String[]::new);
        Flyway.configure().dataSource(url, "sa", "").locations(locations).target("1.10").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO MODEL_VERSIONS (VERSION, CREATED_AT, ARTIFACT_PATH, STATUS) VALUES "
                    + "('old@1', CURRENT_TIMESTAMP, '/m/old', 'RETIRED'), ('now@2', CURRENT_TIMESTAMP, '/m/now', 'ACTIVE'), "
                    + "('next@3', CURRENT_TIMESTAMP, '/m/next', 'CANDIDATE')");
            Flyway.configure().dataSource(url, "sa", "").locations(locations).load().migrate();
            StringBuilder statuses = new StringBuilder();
            try (ResultSet rs = s.executeQuery("SELECT VERSION, STATUS FROM MODEL_VERSIONS ORDER BY VERSION")) {
                while (rs.next()) {
                    statuses.append(rs.getString(1)).append('=').append(rs.getString(2)).append(' ');
                }
            }
            assertEquals("next@3=CANDIDATE now@2=CHAMPION old@1=RETIRED ", statuses.toString());
        }
    }
}
