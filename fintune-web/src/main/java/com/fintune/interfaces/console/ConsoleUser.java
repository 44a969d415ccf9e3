package com.fintune.interfaces.console;

import com.fintune.assessment.application.Viewer;
import com.fintune.platform.security.Roles;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The signed-in console user as the services see them, and the console's way to report a failure. */
public final class ConsoleUser {

    private static final Logger LOG = Logger.getLogger(ConsoleUser.class.getName());
    private static final String[] ROLES = {Roles.ADMIN, Roles.UNDERWRITER, Roles.AUDITOR, Roles.INTEGRATION};

    private ConsoleUser() {
    }

    public static Viewer viewer() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Set<String> roles = new HashSet<>();
        for (String role : ROLES) {
            if (external.isUserInRole(role)) {
                roles.add(role);
            }
        }
        String name = external.getUserPrincipal() == null ? "anonymous" : external.getUserPrincipal().getName();
        return Viewer.of(name, roles);
    }

    public static boolean is(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    /** A request id for the audit log, as the API makes one when the caller sends none. */
    public static String requestId() {
        return "console-" + UUID.randomUUID();
    }

    /** Adds a message for a component (null: for the page). */
    public static void message(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /** Logs an unforeseen failure with an incident id and tells the user that id, never the failure's text. */
    public static String incident(String what, Throwable e) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Console incident " + id + " while " + what, e);
        return "Something went wrong while " + what + " (incident " + id + ", recorded in the server log).";
    }
}
