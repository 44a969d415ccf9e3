package com.fintune.assessment.application;

import com.fintune.platform.security.Roles;

import java.util.Objects;
import java.util.Set;

/**
 * Who is looking at stored predictions, and so which they may see: UNDERWRITER, AUDITOR and ADMIN see all;
 * anyone else (an INTEGRATION account) only those it asked for itself. Another account's prediction is simply not
 * there for it (404, the same as an id that does not exist), so ids cannot be probed.
 *
 * @param name    the signed-in account (the name predictions record as their ASSESSED_BY)
 * @param seesAll true for the lender's staff roles
 */
public record Viewer(String name, boolean seesAll) {

    private static final Set<String> SEE_ALL = Set.of(Roles.UNDERWRITER, Roles.AUDITOR, Roles.ADMIN);

    public Viewer {
        Objects.requireNonNull(name, "the viewer's account name is required");
    }

    /** The viewer with these roles; a staff role wins over INTEGRATION when an account has both. */
    public static Viewer of(String name, Set<String> roles) {
        return new Viewer(name, roles.stream().anyMatch(SEE_ALL::contains));
    }

    /** The account whose predictions alone this viewer sees, or null for all. */
    String onlySubmittedBy() {
        return seesAll ? null : name;
    }
}
