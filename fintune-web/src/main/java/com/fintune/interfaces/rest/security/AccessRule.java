package com.fintune.interfaces.rest.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.util.Set;

/**
 * What a resource method demands, read from its annotations (method first, then class): public
 * ({@code @PermitAll}), some roles ({@code @RolesAllowed}), or nobody. A method without any annotation on a class
 * without any needs an authenticated caller with any FinTune role: nothing is public by accident.
 */
public record AccessRule(boolean isPublic, Set<String> roles) {

    static final Set<String> ANY_ROLE = Set.of("UNDERWRITER", "ADMIN", "AUDITOR", "INTEGRATION");

    public static AccessRule of(ResourceInfo info) {
        if (info == null || info.getResourceMethod() == null) {
            return new AccessRule(false, ANY_ROLE);
        }
        AccessRule rule = declared(info.getResourceMethod());
        if (rule == null && info.getResourceClass() != null) {
            rule = declared(info.getResourceClass());
        }
        return rule == null ? new AccessRule(false, ANY_ROLE) : rule;
    }

    private static AccessRule declared(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return new AccessRule(false, Set.of());
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return new AccessRule(true, Set.of());
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        return roles == null ? null : new AccessRule(false, Set.of(roles.value()));
    }
}
