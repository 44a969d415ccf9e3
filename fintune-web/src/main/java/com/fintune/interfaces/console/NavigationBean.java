package com.fintune.interfaces.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;

/** The console's menu, the signed-in user, and sign-out. */
@Named("navigation")
@RequestScoped
public class NavigationBean {

    @Inject
    ExternalContext external;

    public List<ConsoleScreen> getScreens() {
        return List.of(ConsoleScreen.values());
    }

    /** The screen whose page is being rendered (the dashboard when the view is not one of the eight). */
    public ConsoleScreen getCurrent() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        for (ConsoleScreen screen : ConsoleScreen.values()) {
            if (screen.getPage().equals(view)) {
                return screen;
            }
        }
        return ConsoleScreen.DASHBOARD;
    }

    public String getUser() {
        return external.getUserPrincipal() == null ? "" : external.getUserPrincipal().getName();
    }

    public String getRoles() {
        StringBuilder roles = new StringBuilder();
        for (String role : new String[] {"ADMIN", "UNDERWRITER", "AUDITOR", "INTEGRATION"}) {
            if (external.isUserInRole(role)) {
                roles.append(roles.isEmpty() ? "" : ", ").append(role);
            }
        }
        return roles.toString();
    }

    public void signOut() throws ServletException, IOException {
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
