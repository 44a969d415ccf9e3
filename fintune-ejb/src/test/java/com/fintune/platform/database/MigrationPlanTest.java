package com.fintune.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The migration folders must carry their Flyway marker, or Flyway inside Liberty silently runs nothing. */
class MigrationPlanTest {

    @Test
    void everyVendorLocationHasItsMarkerOnTheClasspath() {
        for (DatabaseVendor vendor : DatabaseVendor.values()) {
            for (String marker : MigrationPlan.forVendor(vendor).markers()) {
                assertNotNull(getClass().getClassLoader().getResource(marker), "missing " + marker);
            }
        }
    }

    @Test
    void everyMigrationFolderInTheRepositoryHasAMarker() throws Exception {
        Path root = Path.of(System.getProperty("fintune.repo", "..")).resolve(MigrationPlan.ROOT);
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(Files::isDirectory).forEach(folder ->
                    assertTrue(Files.exists(folder.resolve(MigrationPlan.MARKER)), "no marker in " + folder));
        }
    }

    @Test
    void recognisesVendorsFromJdbcProductNames() {
        assertEquals(DatabaseVendor.POSTGRESQL, DatabaseVendor.fromProductName("PostgreSQL"));
        assertEquals(DatabaseVendor.H2, DatabaseVendor.fromProductName("H2"));
        assertThrows(IllegalStateException.class, () -> DatabaseVendor.fromProductName("Apache Derby"));
    }
}
