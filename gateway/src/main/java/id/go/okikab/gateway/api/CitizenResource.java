package id.go.okikab.gateway.api;

import id.go.okikab.gateway.proxy.GatewayFilter;
import id.go.okikab.gateway.service.OverviewService;
import id.go.okikab.gateway.service.TimelineQueries;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a citizen sees of themselves across agencies. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Citizen", description = "The caller's own records across agencies")
public class CitizenResource {

  private final OverviewService overview;
  private final TimelineQueries timeline;
  private final CallerIdentity caller;

  CitizenResource(OverviewService overview, TimelineQueries timeline, CallerIdentity caller) {
    this.overview = overview;
    this.timeline = timeline;
    this.caller = caller;
  }

  @GET
  @Path("/timeline")
  @Operation(summary = "Every event about the caller, across agencies, newest first")
  @APIResponse(responseCode = "200", description = "A page of the timeline")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = "The token carries no NIK")
  public Page<TimelineQueries.Item> myTimeline(@Valid @BeanParam PageRequest paging) {
    String subjectRef =
        caller
            .subjectRef()
            .orElseThrow(() -> new ForbiddenProblem("The token carries no NIK: no timeline."));
    return timeline.of(subjectRef, paging);
  }

  @GET
  @Path("/overview")
  @Operation(
      summary = "Civil record, family card, pregnancies and children in one response",
      description =
          "Composed concurrently from the services with the caller's token. A section whose service"
              + " is down says \"unavailable\" and the others still return (complete = false).")
  @APIResponse(responseCode = "200", description = "The overview, possibly partial")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = "The token carries no NIK")
  public Uni<OverviewService.Overview> overview(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context RoutingContext request) {
    if (caller.subjectRef().isEmpty()) {
      throw new ForbiddenProblem("The token carries no NIK: no personal overview.");
    }
    return overview.compose(authorization, GatewayFilter.caller(request));
  }
}
