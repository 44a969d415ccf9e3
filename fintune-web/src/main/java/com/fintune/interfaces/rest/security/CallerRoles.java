package com.fintune.interfaces.rest.security;

import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.stream.Collectors;

/** The FinTune roles of the signed-in caller: the registry's groups, or a JWT's {@code groups} claim. */
public final class CallerRoles {

    private CallerRoles() {
    }

    /** True when the caller has the role (a JWT caller: when its groups claim names it). */
    public static boolean has(SecurityContext security, String role) {
        if (security.isUserInRole(role)) {
            return true;
        }
        return security.getUserPrincipal() instanceof JsonWebToken jwt
                && jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    /** Every FinTune role the caller has (empty when signed out). */
    public static Set<String> of(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            return Set.of();
        }
        return AccessRule.ANY_ROLE.stream().filter(role -> has(security, role)).collect(Collectors.toUnmodifiableSet());
    }
}
