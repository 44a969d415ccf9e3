package com.fintune.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What keeps a production server from being ready. */
class ProductionModeTest {

    private static Optional<String> from(Map<String, String> m, String key) {
        return Optional.ofNullable(m.get(key));
    }

    @Test
    void developmentIsTheDefaultAndAnUnknownModeIsRefused() {
        assertFalse(ProductionMode.production(k -> Optional.empty()));
        assertTrue(ProductionMode.production(k -> Optional.of(" Production ")));
        assertThrows(IllegalStateException.class, () -> ProductionMode.production(k -> Optional.of("prod")));
    }

    @Test
    void theDevelopmentSetupIsListedByNameWithoutValues() {
        List<String> problems = ProductionMode.problems(k -> Optional.empty());
        assertTrue(problems.contains("account admin has its development password (set FINTUNE_ADMIN_PASSWORD)"),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("fintune.jwt.shared.secret is")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("no audit anchor key")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("the embedded H2 database")), problems.toString());
        assertFalse(problems.toString().contains("fintune-dev-jwt-secret"), "never a value");
    }

    @Test
    void aFullyConfiguredServerHasNoProblems() {
        Map<String, String> m = new HashMap<>();
        for (String account : DevelopmentCredentialsWarning.DEV_DEFAULTS.keySet()) {
            m.put("fintune." + account + ".password", "s3cret-" + account);
        }
        m.put("fintune.jwt.shared.secret", "a-real-secret-of-forty-characters-0123456");
        m.put("fintune.keystore.password", "another-secret");
        m.put("fintune.audit.anchor.key-file", "/run/secrets/anchor");
        m.put("fintune.db.url", "jdbc:postgresql://db:5432/fintune");
        m.put("fintune.cookie.secure", "true");
        assertEquals(List.of(), ProductionMode.problems(k -> from(m, k)));
        m.put("fintune.db.url", "jdbc:h2:/tmp/x");
        assertEquals(1, ProductionMode.problems(k -> from(m, k)).size());
    }
}
