/**
 * API authentication and authorisation: HTTP Basic against the server's user registry (JWT bearer tokens are
 * authenticated by Liberty's mpJwt before this runs), role checks from {@code @RolesAllowed}, 401/403 as problem+json.
 */
package com.fintune.interfaces.rest.security;
