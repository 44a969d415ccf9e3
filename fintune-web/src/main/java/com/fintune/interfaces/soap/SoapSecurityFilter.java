package com.fintune.interfaces.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Signs SOAP callers in with HTTP Basic (the console's form login would answer a SOAP client with a login page):
 * 401 without valid credentials, 403 without UNDERWRITER or INTEGRATION. The WSDL is readable without login.
 */
@WebFilter(urlPatterns = "/soap/*")
public class SoapSecurityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && request.getQueryString() != null
                && request.getQueryString().toLowerCase(java.util.Locale.ROOT).startsWith("wsdl")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getUserPrincipal() == null && !login(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"FinTune\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Sign in with a FinTune account (HTTP Basic).");
            return;
        }
        if (!request.isUserInRole("UNDERWRITER") && !request.isUserInRole("INTEGRATION")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Predictions need UNDERWRITER or INTEGRATION.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean login(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
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
