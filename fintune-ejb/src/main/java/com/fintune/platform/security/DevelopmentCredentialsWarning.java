package com.fintune.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Logs a WARNING at start when any account still has its development default password (server.xml's
 * {@code fintune.*.password} variables, which MicroProfile Config sees as well).
 */
@Singleton
@Startup
public class DevelopmentCredentialsWarning {

    private static final Logger LOG = Logger.getLogger(DevelopmentCredentialsWarning.class.getName());

    /** Account name to the development default of its password variable, as in server.xml. */
    static final Map<String, String> DEV_DEFAULTS = Map.of(
            "admin", "fintune-admin",
            "underwriter", "fintune-underwriter",
            "auditor", "fintune-auditor",
            "integration", "fintune-integration",
            "monitor", "fintune-monitor",
            "integration2", "fintune-integration2",
            "batchrunner", "fintune-batchrunner");

    @Inject
    Config config;

    @PostConstruct
    void warnIfDevelopmentDefaults() {
        java.util.function.Function<String, java.util.Optional<String>> settings =
                key -> config.getOptionalValue(key, String.class);
        if (ProductionMode.production(settings)) {
            List<String> problems = ProductionMode.problems(settings);
            if (problems.isEmpty()) {
                LOG.info("FinTune runs in PRODUCTION mode.");
            } else {
                LOG.severe("FinTune runs in PRODUCTION mode and will not report ready until these are fixed: "
                        + String.join("; ", problems));
            }
            return;
        }
        LOG.info("FinTune runs in DEVELOPMENT mode (development passwords and keys are allowed; "
                + "FINTUNE_MODE=production refuses readiness until they are replaced).");
        List<String> defaults = accountsOnDefaults(settings);
        if (!defaults.isEmpty()) {
            LOG.warning("FinTune is running with DEVELOPMENT DEFAULT passwords for " + defaults
                    + ". Set FINTUNE_<ACCOUNT>_PASSWORD (e.g. FINTUNE_ADMIN_PASSWORD) before real use.");
        }
    }

    static List<String> accountsOnDefaults(java.util.function.Function<String, java.util.Optional<String>> config) {
        List<String> accounts = new ArrayList<>();
        DEV_DEFAULTS.forEach((account, devDefault) -> {
            String value = config.apply("fintune." + account + ".password").orElse(devDefault);
            if (devDefault.equals(value)) {
                accounts.add(account);
            }
        });
        accounts.sort(null);
        return accounts;
    }
}
