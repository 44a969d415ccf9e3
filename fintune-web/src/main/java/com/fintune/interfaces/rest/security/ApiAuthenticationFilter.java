package com.fintune.interfaces.rest.security;

import com.fintune.interfaces.rest.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Signs API callers in. The console's form login would redirect an anonymous API call to a login page, so /api is
 * left open in web.xml and this filter authenticates instead: an existing session or bearer token is kept, HTTP
 * Basic credentials are checked against the registry, and a call to a non-public resource without any gets 401.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getUserPrincipal() == null) {
            String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                if (!login(authorization.substring(6).trim())) {
                    context.abortWith(ProblemResponses.unauthorized("The user name or password is not valid."));
                    return;
                }
            }
        }
        if (request.getUserPrincipal() == null && !AccessRule.of(resourceInfo).isPublic()) {
            context.abortWith(ProblemResponses.unauthorized("This resource needs a signed-in FinTune user."));
        }
    }

    private boolean login(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return false;
            }
            request.login(pair.substring(0, colon), pair.substring(colon + 1));
            return true;
        } catch (IllegalArgumentException | ServletException e) {
            return false;
        }
    }
}
