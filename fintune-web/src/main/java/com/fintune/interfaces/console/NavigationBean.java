package com.fintune.interfaces.console;

import com.fintune.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The console's menu, the signed-in user, and sign-out. */
@Named("navigation")
@RequestScoped
public class NavigationBean {

    private static final String[] ROLES = {Roles.ADMIN, Roles.UNDERWRITER, Roles.AUDITOR, Roles.INTEGRATION};

    @Inject
    ExternalContext external;

    /** The screens this user's roles see, in menu order. */
    public List<ConsoleScreen> getScreens() {
        Set<String> roles = roleSet();
        return Arrays.stream(ConsoleScreen.values()).filter(s -> s.visibleTo(roles)).toList();
    }

    /** Whether the signed-in user has this role (for role-specific parts of a page). */
    public boolean has(String role) {
        return external.isUserInRole(role);
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

    /** The user's roles in words ("Underwriter", "Auditor, Administrator"). */
    public String getRoles() {
        StringBuilder roles = new StringBuilder();
        for (String role : ROLES) {
            if (external.isUserInRole(role)) {
                roles.append(roles.isEmpty() ? "" : ", ").append(role.equals(Roles.ADMIN) ? "Administrator"
                        : Labels.words(role));
            }
        }
        return roles.toString();
    }

    private Set<String> roleSet() {
        Set<String> roles = new HashSet<>();
        for (String role : ROLES) {
            if (external.isUserInRole(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    public void signOut() throws ServletException, IOException {
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
