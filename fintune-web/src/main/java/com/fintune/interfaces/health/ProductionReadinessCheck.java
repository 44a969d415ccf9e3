package com.fintune.interfaces.health;

import com.fintune.platform.security.ProductionMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Ready in development mode (the default) always; in production mode ({@code FINTUNE_MODE=production}) only when
 * nothing of the development setup is left ({@link ProductionMode}): a load balancer then never sends traffic to a
 * server with published passwords. The data names the settings to change, never their values.
 */
@Readiness
@ApplicationScoped
public class ProductionReadinessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Config config = ConfigProvider.getConfig();
        Function<String, Optional<String>> settings = key -> config.getOptionalValue(key, String.class);
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("mode");
        boolean production;
        try {
            production = ProductionMode.production(settings);
        } catch (IllegalStateException e) {
            return builder.down().withData("error", e.getMessage()).build();
        }
        if (!production) {
            return builder.up().withData("mode", "development").build();
        }
        List<String> problems = ProductionMode.problems(settings);
        builder.status(problems.isEmpty()).withData("mode", "production");
        for (int i = 0; i < problems.size(); i++) {
            builder.withData("problem" + (i + 1), problems.get(i));
        }
        return builder.build();
    }
}
