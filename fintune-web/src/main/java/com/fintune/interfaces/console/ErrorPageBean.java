package com.fintune.interfaces.console;

import com.fintune.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/** What the error pages say: the status in words, and whether the account is an API-only (INTEGRATION) one. */
@Named("errorPage")
@RequestScoped
public class ErrorPageBean {

    @Inject
    ExternalContext external;

    public int getStatus() {
        Object code = external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i ? i : 500;
    }

    public String getTitle() {
        return switch (getStatus()) {
            case 404 -> "Page not found";
            case 403 -> "Not for this account";
            default -> "Something went wrong";
        };
    }

    public String getText() {
        return switch (getStatus()) {
            case 404 -> "There is no page at this address. The menu on the left of every console screen lists them.";
            case 403 -> "Your account may not open this page.";
            default -> "The server could not show this page. The failure is recorded in the server log; try again, "
                    + "and if it persists tell your administrator the time it happened.";
        };
    }

    public String getUser() {
        return external.getUserPrincipal() == null ? "" : external.getUserPrincipal().getName();
    }

    /** An account with no console role but INTEGRATION: it is for the API only. */
    public boolean isApiOnly() {
        return external.isUserInRole(Roles.INTEGRATION) && !external.isUserInRole(Roles.UNDERWRITER)
                && !external.isUserInRole(Roles.AUDITOR) && !external.isUserInRole(Roles.ADMIN);
    }
}
