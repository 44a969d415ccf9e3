package com.fintune.interfaces.health;

import com.fintune.platform.database.SchemaMigrator;
import com.fintune.platform.database.SchemaState;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the start-up migration has brought the schema up to date. */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {

    @EJB
    SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        SchemaState state = migrator.state();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("database-schema").status(state.ready());
        if (state.ready()) {
            builder.withData("database", state.vendor().name()).withData("version", state.version());
        } else {
            builder.withData("error", String.valueOf(state.error()));
        }
        return builder.build();
    }
}
