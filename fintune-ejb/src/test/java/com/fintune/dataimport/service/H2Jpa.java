package com.fintune.dataimport.service;

import com.fintune.application.domain.ApplicationDocument;
import com.fintune.application.domain.Customer;
import com.fintune.application.domain.MortgageApplication;
import com.fintune.application.domain.MortgageProduct;
import com.fintune.application.domain.PropertyDetails;
import com.fintune.monitoring.domain.ApplicantDemographics;
import com.fintune.platform.database.DatabaseVendor;
import com.fintune.platform.database.MigrationPlan;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/** An in-memory H2 migrated by the real Flyway scripts, with Hibernate over the lending entities (no server). */
final class H2Jpa implements AutoCloseable {

    private final SessionFactory factory;

    H2Jpa(String name) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "")
                .locations(MigrationPlan.forVendor(DatabaseVendor.H2).locations().toArray(String[]::new))
                .load().migrate();
        factory = new Configuration()
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", "sa")
                .setProperty("hibernate.connection.password", "")
                .setProperty("hibernate.hbm2ddl.auto", "none")
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .addAnnotatedClass(MortgageApplication.class).addAnnotatedClass(Customer.class)
                .addAnnotatedClass(PropertyDetails.class).addAnnotatedClass(MortgageProduct.class)
                .addAnnotatedClass(ApplicationDocument.class).addAnnotatedClass(ApplicantDemographics.class)
                .buildSessionFactory();
    }

    EntityManager entityManager() {
        return factory.createEntityManager();
    }

    /** Runs {@code work} in one transaction, rolling back if it throws. */
    <T> T inTransaction(EntityManager em, Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            em.getTransaction().rollback();
            throw e;
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
