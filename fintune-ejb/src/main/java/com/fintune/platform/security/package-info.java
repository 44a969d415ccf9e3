/**
 * Who may do what: the four roles of FinTune as constants for {@code @RolesAllowed}, and the start-up check that
 * warns when the development passwords are still in use. Depends on MicroProfile Config only.
 */
package com.fintune.platform.security;
