package com.fintune.interfaces.console;

import com.fintune.platform.security.Roles;

import java.util.Set;

/**
 * The console's screens, in menu order, with their page, icon, the roles that see them in the menu, and whether
 * they are built yet. Pages that only some roles may open are also guarded in web.xml.
 */
public enum ConsoleScreen {
    DASHBOARD("Dashboard", "/index.xhtml", "pi pi-home", Access.STAFF, true),
    PREDICTION_ANALYSIS("Prediction analysis", "/analysis.xhtml", "pi pi-search", Access.STAFF, true),
    PREDICTIONS("Predictions", "/predictions.xhtml", "pi pi-list", Access.STAFF, true),
    AUDIT("Audit trail", "/audit.xhtml", "pi pi-shield", Access.OVERSIGHT, true),
    PREDICTION_VOLUME("Prediction volume & accuracy (7 days)", "/volume.xhtml", "pi pi-chart-line", Access.STAFF,
            true),
    TRAINING("Training performance & denial reasons", "/training.xhtml", "pi pi-chart-bar", Access.STAFF, true),
    MODEL("Model", "/model.xhtml", "pi pi-box", Access.STAFF, true),
    DATA("Data", "/data.xhtml", "pi pi-database", Access.STAFF, true),
    MONITORING("Monitoring", "/monitoring.xhtml", "pi pi-eye", Access.STAFF, true),
    LAR_REPORT("Prediction analysis report (LAR)", "/lar.xhtml", "pi pi-file", Access.STAFF, false);

    /** Who sees a screen in the menu. */
    private static final class Access {
        static final Set<String> STAFF = Set.of(Roles.UNDERWRITER, Roles.ADMIN, Roles.AUDITOR);
        static final Set<String> OVERSIGHT = Set.of(Roles.ADMIN, Roles.AUDITOR);
    }

    private final String title;
    private final String page;
    private final String icon;
    private final Set<String> roles;
    private final boolean ready;

    ConsoleScreen(String title, String page, String icon, Set<String> roles, boolean ready) {
        this.title = title;
        this.page = page;
        this.icon = icon;
        this.roles = roles;
        this.ready = ready;
    }

    public String getTitle() { return title; }
    public String getPage() { return page; }
    public String getIcon() { return icon; }
    public boolean isReady() { return ready; }

    /** Whether a user with these roles sees the screen in the menu. */
    public boolean visibleTo(Set<String> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
