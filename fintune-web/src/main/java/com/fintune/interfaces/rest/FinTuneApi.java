package com.fintune.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The one JAX-RS application of FinTune. Resources and providers anywhere in the web module are discovered;
 * add a resource class in {@code com.fintune.interfaces.rest.<domain>} and it is served under /api/v1.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "FinTune API", version = "1",
        description = "Denial-reason prediction and risk scoring for mortgage applications."))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
        @SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer",
                bearerFormat = "JWT")})
public class FinTuneApi extends Application {
}
