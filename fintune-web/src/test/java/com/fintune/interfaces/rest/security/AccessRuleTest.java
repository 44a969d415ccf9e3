package com.fintune.interfaces.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which callers a resource method admits, read from its annotations: nothing is public by accident. */
class AccessRuleTest {

    @RolesAllowed("ADMIN")
    static class AdminResource {
        public void list() {
        }

        @PermitAll
        public void open() {
        }

        @RolesAllowed({"AUDITOR", "UNDERWRITER"})
        public void narrower() {
        }

        @DenyAll
        public void nobody() {
        }
    }

    static class PlainResource {
        public void anything() {
        }
    }

    @Test
    void classRolesApplyToUnannotatedMethods() throws Exception {
        AccessRule rule = AccessRule.of(info(AdminResource.class, "list"));
        assertFalse(rule.isPublic());
        assertEquals(Set.of("ADMIN"), rule.roles());
    }

    @Test
    void methodAnnotationsWinOverTheClass() throws Exception {
        assertTrue(AccessRule.of(info(AdminResource.class, "open")).isPublic());
        assertEquals(Set.of("AUDITOR", "UNDERWRITER"), AccessRule.of(info(AdminResource.class, "narrower")).roles());
        AccessRule nobody = AccessRule.of(info(AdminResource.class, "nobody"));
        assertFalse(nobody.isPublic());
        assertTrue(nobody.roles().isEmpty());
    }

    @Test
    void unannotatedResourcesNeedAnyFinTuneRole() throws Exception {
        AccessRule rule = AccessRule.of(info(PlainResource.class, "anything"));
        assertFalse(rule.isPublic());
        assertEquals(Set.of("UNDERWRITER", "ADMIN", "AUDITOR", "INTEGRATION"), rule.roles());
        assertFalse(AccessRule.of(null).isPublic());
    }

    private static ResourceInfo info(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return m;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }
}
