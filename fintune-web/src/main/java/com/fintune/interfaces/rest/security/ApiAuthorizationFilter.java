package com.fintune.interfaces.rest.security;

import com.fintune.interfaces.rest.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * 403 problem+json when the signed-in caller has none of the roles the resource asks for. A JWT caller's roles are
 * its {@code groups} claim.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAuthorizationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext context) {
        AccessRule rule = AccessRule.of(resourceInfo);
        if (rule.isPublic()) {
            return;
        }
        SecurityContext security = context.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            return; // the authentication filter has answered 401 already
        }
        boolean allowed = rule.roles().stream().anyMatch(role -> CallerRoles.has(security, role));
        if (!allowed) {
            context.abortWith(ProblemResponses.forbidden(
                    security.getUserPrincipal().getName() + " lacks the role this needs: one of " + rule.roles()));
        }
    }
}
