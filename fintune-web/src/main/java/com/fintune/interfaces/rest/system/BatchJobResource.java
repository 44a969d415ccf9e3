package com.fintune.interfaces.rest.system;

import com.fintune.interfaces.rest.problem.ProblemResponses;
import com.fintune.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Starts Jakarta Batch jobs packaged with FinTune and reports on their executions (administrators). */
@Path("/system/batch")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "System", description = "Batch jobs and the database schema (ADMIN)")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "jwt")
public class BatchJobResource {

    /** The job parameter naming the account that started the job. */
    static final String SUBMITTED_BY = "submittedBy";
    private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

    /** One job execution as the API reports it. */
    public record ExecutionView(long executionId, String jobName, String batchStatus, String exitStatus,
                                Instant started, Instant ended) {
        static ExecutionView of(JobExecution e) {
            return new ExecutionView(e.getExecutionId(), e.getJobName(), e.getBatchStatus().name(),
                    e.getExitStatus(), e.getStartTime() == null ? null : e.getStartTime().toInstant(),
                    e.getEndTime() == null ? null : e.getEndTime().toInstant());
        }
    }

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    @Path("/jobs/{job}")
    @Operation(operationId = "startBatchJob",
            summary = "Start a batch job by its job XML name; query parameters become job parameters "
            + "(e.g. drift-check?windowDays=7, adverse-action-notices?date=2025-03-14); 202 with the execution's URL")
    @APIResponse(responseCode = "202", description = "Started; the Location is the execution",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")), content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchJobResource.ExecutionView.class)))
    @APIResponse(responseCode = "400", description = "A bad job name or job parameter")
    @APIResponse(responseCode = "404", description = "No batch job of that name")
    public Response start(@PathParam("job") @Pattern(regexp = "[a-z][a-z0-9-]{0,63}",
            message = "must be a job name such as fintune-smoke") String job) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        for (Map.Entry<String, List<String>> p : uri.getQueryParameters().entrySet()) {
            if (!PARAMETER.matcher(p.getKey()).matches() || p.getValue().size() != 1
                    || p.getValue().get(0).length() > 200) {
                return ProblemResponses.of(Response.Status.BAD_REQUEST, "Job parameter " + p.getKey()
                        + " must be a name of letters and digits given once, with a value of at most 200 characters.");
            }
            parameters.setProperty(p.getKey(), p.getValue().get(0));
        }
        // who started it, for the job's audit entries; never taken from the query
        parameters.setProperty(SUBMITTED_BY, security.getUserPrincipal() == null ? "system"
                : security.getUserPrincipal().getName());
        try {
            long id = operator.start(job, parameters);
            ExecutionView view = ExecutionView.of(operator.getJobExecution(id));
            return Response.accepted(view)
                    .location(uri.getBaseUriBuilder().path("system/batch/executions/{id}").build(id))
                    .build();
        } catch (NoSuchJobException e) {
            return ProblemResponses.of(Response.Status.NOT_FOUND, "No batch job named " + job + ".");
        }
    }

    @GET
    @Path("/executions/{id}")
    @Operation(operationId = "getBatchJobExecution",
            summary = "Status of one job execution")
    @APIResponse(responseCode = "200", description = "The execution", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchJobResource.ExecutionView.class)))
    @APIResponse(responseCode = "404", description = "No such job execution")
    public Response execution(@PathParam("id") long id) {
        try {
            return Response.ok(ExecutionView.of(BatchRuntime.getJobOperator().getJobExecution(id))).build();
        } catch (NoSuchJobExecutionException e) {
            return ProblemResponses.of(Response.Status.NOT_FOUND, "No job execution " + id + ".");
        }
    }
}
