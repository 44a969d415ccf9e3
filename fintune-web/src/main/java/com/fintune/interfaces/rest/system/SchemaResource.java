package com.fintune.interfaces.rest.system;

import com.fintune.platform.database.SchemaInspector;
import com.fintune.platform.database.SchemaMigrator;
import com.fintune.platform.database.SchemaState;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The database schema as migrated at start-up: vendor, version and the tables that exist. */
@Path("/system/schema")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
@Tag(name = "System")
public class SchemaResource {

    @EJB
    SchemaMigrator migrator;

    @EJB
    SchemaInspector inspector;

    /** Schema facts returned to administrators. */
    public record SchemaView(String database, String version, int migrationsApplied, boolean ready,
                             List<String> tables) {
    }

    @GET
    @Operation(operationId = "getSchema",
            summary = "Schema version and tables of the application database")
    public SchemaView schema() {
        SchemaState state = migrator.state();
        return new SchemaView(state.vendor() == null ? null : state.vendor().name(), state.version(),
                state.appliedTotal(), state.ready(), inspector.tableNames());
    }
}
