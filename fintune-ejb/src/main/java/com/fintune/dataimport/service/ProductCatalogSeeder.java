package com.fintune.dataimport.service;

import com.fintune.platform.database.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seeds MORTGAGE_PRODUCTS from the underwriting catalogue once the schema is migrated, on every database (the
 * programs are reference data, unlike the demo applications). A failure is logged and leaves the table as it was;
 * loading applications seeds it again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductCatalogSeeder {

    private static final Logger LOG = Logger.getLogger(ProductCatalogSeeder.class.getName());

    @EJB
    SchemaMigrator migrator;

    @EJB
    ProductCatalog catalog;

    @PostConstruct
    void seedAtStartup() {
        if (!migrator.state().ready()) {
            LOG.warning("MORTGAGE_PRODUCTS not seeded: the schema is not migrated");
            return;
        }
        try {
            int programs = catalog.ensureProducts().size();
            LOG.info(() -> "MORTGAGE_PRODUCTS holds the catalogue's " + programs + " programs");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Seeding MORTGAGE_PRODUCTS from the catalogue failed", e);
        }
    }
}
