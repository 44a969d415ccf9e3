package com.fintune.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code fintune.mode} (FINTUNE_MODE): {@code development} (the default, what the README starts) or
 * {@code production}. In production the server refuses to become ready while anything of the development setup is
 * left: an account's development password, the repository's JWT secret, the generated keystore's password, no audit
 * anchor key (a development key would be generated next to the server), session cookies without Secure, or the
 * embedded H2 database. Only setting
 * names are reported, never values.
 */
public final class ProductionMode {

    public static final String KEY = "fintune.mode";

    /** Settings whose development default ships in server.xml, with that default. */
    static final Map<String, String> DEVELOPMENT_SECRETS = Map.of(
            "fintune.jwt.shared.secret", "fintune-dev-jwt-secret-change-me-0123456789",
            "fintune.keystore.password", "fintune-dev-keystore");

    private ProductionMode() {
    }

    /** True when {@code fintune.mode} is production; an unknown mode is refused so a typo cannot mean development. */
    public static boolean production(Function<String, Optional<String>> config) {
        String mode = config.apply(KEY).map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("development");
        return switch (mode) {
            case "production" -> true;
            case "development", "" -> false;
            default -> throw new IllegalStateException(KEY + " must be development or production, was '" + mode + "'");
        };
    }

    /** What keeps a production server from being ready, in plain words; empty when nothing does. */
    public static List<String> problems(Function<String, Optional<String>> config) {
        List<String> out = new ArrayList<>();
        for (String account : DevelopmentCredentialsWarning.accountsOnDefaults(config)) {
            out.add("account " + account + " has its development password (set FINTUNE_"
                    + account.toUpperCase(Locale.ROOT) + "_PASSWORD)");
        }
        DEVELOPMENT_SECRETS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (config.apply(e.getKey()).orElse(e.getValue()).equals(e.getValue())) {
                out.add(e.getKey() + " is the repository's development value (set " + environment(e.getKey()) + ")");
            }
        });
        if (config.apply("fintune.audit.anchor.key").filter(s -> !s.isBlank()).isEmpty()
                && config.apply("fintune.audit.anchor.key-file").filter(s -> !s.isBlank()).isEmpty()) {
            out.add("no audit anchor key (set FINTUNE_AUDIT_ANCHOR_KEY or FINTUNE_AUDIT_ANCHOR_KEY_FILE)");
        }
        if (!config.apply("fintune.cookie.secure").map(v -> v.strip().equalsIgnoreCase("true")).orElse(false)) {
            out.add("session cookies may travel over plain HTTP (set FINTUNE_COOKIE_SECURE=true)");
        }
        if (config.apply("fintune.db.url").map(u -> u.startsWith("jdbc:h2:")).orElse(true)) {
            out.add("the embedded H2 database is in use (set FINTUNE_DB_URL to the PostgreSQL database)");
        }
        return out;
    }

    static String environment(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
