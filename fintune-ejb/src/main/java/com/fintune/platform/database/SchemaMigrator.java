package com.fintune.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date once, when the application starts. Readiness stays DOWN until this has succeeded
 * with at least one applied migration: a Flyway that "succeeds" with zero migrations is treated as a failure.
 * Migrations run over {@code jdbc/fintune-migration} (server.xml: {@code fintune.db.migration.user}, by default the
 * application's own user); when that is another PostgreSQL role than the application's {@code jdbc/fintune}, the
 * owner then grants the application's role its data access ({@link ApplicationRoleGrants}), so the application owns
 * nothing and cannot disable the audit triggers.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/fintune")
    private DataSource dataSource;

    @Resource(lookup = "jdbc/fintune-migration")
    private DataSource migrationSource;

    private volatile SchemaState state = SchemaState.failed("not migrated yet");

    @PostConstruct
    void migrateAtStartup() {
        try {
            state = migrate();
            LOG.info(() -> "FinTune schema on " + state.vendor() + " at version " + state.version() + " ("
                    + state.appliedThisStart() + " migration(s) applied now, " + state.appliedTotal() + " in all)");
        } catch (RuntimeException | SQLException e) {
            state = SchemaState.failed(e.getMessage());
            LOG.log(Level.SEVERE, "FinTune schema migration failed; readiness stays DOWN", e);
        }
    }

    public SchemaState state() {
        return state;
    }

    private SchemaState migrate() throws SQLException {
        DatabaseVendor vendor = vendor();
        MigrationPlan plan = MigrationPlan.forVendor(vendor);
        ClassLoader loader = SchemaMigrator.class.getClassLoader();
        for (String marker : plan.markers()) {
            if (loader.getResource(marker) == null) {
                throw new IllegalStateException("Migration folder marker missing from the application: " + marker);
            }
        }
        Flyway flyway = Flyway.configure(loader)
                .dataSource(migrationSource)
                .locations(plan.locations().toArray(String[]::new))
                .callbackLocations(plan.locations().toArray(String[]::new))
                // Liberty's batch job store may create its tables first; baseline 0 still applies V1 onwards.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo[] applied = flyway.info().applied();
        int versioned = 0;
        String version = null;
        for (MigrationInfo info : applied) {
            if (info.getVersion() != null && !"0".equals(info.getVersion().getVersion())) {
                versioned++;
                version = info.getVersion().getVersion();
            }
        }
        if (versioned == 0) {
            throw new IllegalStateException("Flyway found no migrations under " + plan.locations());
        }
        if (vendor == DatabaseVendor.POSTGRESQL) {
            separateApplicationRole();
        }
        return new SchemaState(vendor, version, result.migrationsExecuted, versioned, Instant.now(), null);
    }

    private void separateApplicationRole() throws SQLException {
        String application = userOf(dataSource);
        try (Connection owner = migrationSource.getConnection()) {
            String migrations = owner.getMetaData().getUserName();
            if (!application.equals(migrations)) {
                ApplicationRoleGrants.apply(owner, application);
                LOG.info(() -> "Migrated as " + migrations + "; granted data access to the application's role "
                        + application + " (no UPDATE, DELETE or TRUNCATE on AUDIT_LOG)");
            }
        }
        try (Connection app = dataSource.getConnection();
             Statement s = app.createStatement();
             ResultSet rs = s.executeQuery("SELECT t.tableowner = current_user, r.rolsuper FROM pg_tables t,"
                     + " pg_roles r WHERE t.schemaname = current_schema() AND t.tablename = 'audit_log'"
                     + " AND r.rolname = current_user")) {
            if (rs.next() && (rs.getBoolean(1) || rs.getBoolean(2))) {
                LOG.warning("The application connects to PostgreSQL as " + application + ", which "
                        + (rs.getBoolean(2) ? "is a superuser" : "owns AUDIT_LOG") + ": it could disable the audit"
                        + " log's triggers. Set FINTUNE_DB_MIGRATION_USER to the owner and FINTUNE_DB_USER to a role"
                        + " that owns nothing (docs/operations.md, \"Database roles\").");
            }
        }
    }

    private static String userOf(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection()) {
            return connection.getMetaData().getUserName();
        }
    }

    private DatabaseVendor vendor() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseVendor.fromProductName(connection.getMetaData().getDatabaseProductName());
        }
    }
}
