package com.fintune.dataimport.service;

import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import com.fintune.platform.database.DatabaseVendor;
import com.fintune.platform.database.SchemaMigrator;
import com.fintune.platform.database.SchemaState;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the embedded default database (H2), fills an empty APPLICATIONS table with synthetic applications shortly after
 * start-up (a one-shot, non-persistent timer),
 * so the console and API have something real to show. Never runs on PostgreSQL, never touches a table that holds
 * anything. Settings: {@code fintune.demo.seed-count} (default 3000, 0 turns it off) and {@code fintune.demo.seed}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @EJB
    SchemaMigrator migrator;

    @EJB
    ApplicationLoader loader;

    @Inject
    @ConfigProperty(name = "fintune.demo.seed-count", defaultValue = "3000")
    int count;

    @Inject
    @ConfigProperty(name = "fintune.demo.seed", defaultValue = "2024")
    long seed;

    @Resource
    TimerService timers;

    /** Seeding runs on a timer right after start-up, so a few thousand inserts never hold up deployment. */
    @PostConstruct
    void scheduleSeeding() {
        if (count > 0) {
            timers.createSingleActionTimer(1_000, new TimerConfig("fintune-demo-seed", false));
        }
    }

    @Timeout
    void seedOnFirstStart(Timer timer) {
        try {
            seedIfEmpty(migrator.state());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Seeding demo applications failed; the database is left as it was", e);
        }
    }

    /** Seeds when the schema is ready on H2 and APPLICATIONS is empty; returns how many were written. */
    int seedIfEmpty(SchemaState schema) {
        if (count <= 0 || !schema.ready() || schema.vendor() != DatabaseVendor.H2) {
            return 0;
        }
        long existing = loader.countApplications();
        if (existing > 0) {
            LOG.info(() -> "Demo data not seeded: APPLICATIONS already holds " + existing + " rows");
            return 0;
        }
        long start = System.nanoTime();
        LoadResult result = loader.loadGenerated(new SyntheticLender(GeneratorOptions.withSeed(seed)).generateCases(count));
        LOG.info(() -> String.format("Seeded %d synthetic applications (seed %d) in %.1f s", result.loaded(), seed,
                (System.nanoTime() - start) / 1e9));
        return result.loaded();
    }
}
