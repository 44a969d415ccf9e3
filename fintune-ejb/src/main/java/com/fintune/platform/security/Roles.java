package com.fintune.platform.security;

/**
 * The roles of FinTune. Each is also a group of the same name in the user registry and a value of a JWT's
 * {@code groups} claim; server.xml binds them.
 */
public final class Roles {

    /** Decides applications: runs predictions, reads explanations. */
    public static final String UNDERWRITER = "UNDERWRITER";
    /** Runs the system: models, imports, batch jobs, Admin Center. */
    public static final String ADMIN = "ADMIN";
    /** Reads everything, changes nothing: audit log, reports, fairness monitoring. */
    public static final String AUDITOR = "AUDITOR";
    /** Machine clients of the API (loan-origination systems). */
    public static final String INTEGRATION = "INTEGRATION";

    private Roles() {
    }
}
