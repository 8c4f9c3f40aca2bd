package id.go.okikab.health.api;

import id.go.okikab.health.domain.Child;
import id.go.okikab.health.service.Access;
import id.go.okikab.health.service.ChildCommands.RecordDose;
import id.go.okikab.health.service.ChildCommands.RecordGrowth;
import id.go.okikab.health.service.ChildService;
import id.go.okikab.health.service.ChildViews.ChildSummary;
import id.go.okikab.health.service.ChildViews.ChildView;
import id.go.okikab.health.service.ChildViews.DoseView;
import id.go.okikab.health.service.ChildViews.GrowthView;
import id.go.okikab.health.service.ChildViews.ImmunizationScheduleView;
import id.go.okikab.health.service.GrowthService;
import id.go.okikab.health.service.ImmunizationService;
import id.go.okikab.health.service.PostnatalService;
import id.go.okikab.health.service.PregnancyCommands.RecordVisit;
import id.go.okikab.health.service.PregnancyViews.VisitView;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Children's health records (the child's part of the Buku KIA): immunisation, neonatal visits,
 * growth. Health officers of the child's area act; the parents read their children's records.
 */
@Path("/api/v1/children")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Children")
public class ChildResource {

  private final ChildService children;
  private final ImmunizationService immunizations;
  private final PostnatalService postnatal;
  private final GrowthService growth;

  public ChildResource(
      ChildService children,
      ImmunizationService immunizations,
      PostnatalService postnatal,
      GrowthService growth) {
    this.children = children;
    this.immunizations = immunizations;
    this.postnatal = postnatal;
    this.growth = growth;
  }

  @GET
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(
      summary = "List children's records",
      description =
          "A health officer gets those of their facility's area; a citizen her or his children."
              + " Read-audited.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = PregnancyResource.KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "A page of children, youngest first")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public Page<ChildSummary> list(
      @QueryParam("status") Child.Status status, @Valid @BeanParam PageRequest paging) {
    return children.list(status, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(
      summary = "A child's record with the next vaccines, IDL status, KN visits, latest growth",
      description = "Read-audited.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = PregnancyResource.KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "The record; ETag is its version")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    ChildView view = children.get(id);
    return Response.ok(view).header(HttpHeaders.ETAG, Preconditions.etag(view.version())).build();
  }

  @GET
  @Path("/{id}/immunizations")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(
      summary = "The child's immunisation schedule with each dose's dates and status",
      description = "Read-audited.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = PregnancyResource.KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "The schedule and the IDL status")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public ImmunizationScheduleView schedule(@PathParam("id") UUID id) {
    return children.schedule(id);
  }

  @POST
  @Path("/{id}/immunizations")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Record a dose given",
      description =
          "Rejected before the dose's minimum age or the minimum interval after the previous"
              + " dose, or after its maximum age. Publishes ImmunizationGiven.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = PregnancyResource.KIA_FORBIDDEN)
  @APIResponse(responseCode = "201", description = "Recorded")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description = "The dose is already recorded, or a concurrent recording")
  @APIResponse(
      responseCode = "422",
      description =
          "A dose rule is broken; the type names it: child-record-closed; unknown-vaccine, series-complete (vaccine); unknown-dose, previous-dose-missing (doseNo); given-date-in-future, given-before-birth, dose-before-minimum-age, dose-before-minimum-interval, dose-after-maximum-age (givenOn)")
  public Response recordDose(@PathParam("id") UUID id, @Valid @NotNull RecordDose request) {
    DoseView dose = immunizations.record(id, request);
    return Response.created(URI.create("/api/v1/children/" + id + "/immunizations"))
        .entity(dose)
        .build();
  }

  @GET
  @Path("/{id}/neonatal-visits")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(summary = "The newborn's KN1-KN3 visits", description = "Read-audited.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = PregnancyResource.KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "The visits by window")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public List<VisitView> neonatalVisits(@PathParam("id") UUID id) {
    return children.neonatalVisits(id);
  }

  @POST
  @Path("/{id}/neonatal-visits")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "Record a neonatal visit (KN1-KN3)")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = PregnancyResource.KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "The visit")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description = "The visit is already recorded, or a concurrent recording")
  @APIResponse(
      responseCode = "422",
      description =
          "A KIA rule is broken; the type names it: visit-kind-mismatch, visit-not-planned, visit-cancelled (kind); visit-in-future, visit-before-window (visitedAt)")
  public Response recordNeonatalVisit(
      @PathParam("id") UUID id, @Valid @NotNull RecordVisit request) {
    return Response.ok(postnatal.recordForChild(id, request)).build();
  }

  @GET
  @Path("/{id}/growth-measurements")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(
      summary = "The child's growth measurements with z-scores",
      description = "Read-audited.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = PregnancyResource.KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "The measurements, oldest first")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public List<GrowthView> growth(@PathParam("id") UUID id) {
    return growth.list(id);
  }

  @POST
  @Path("/{id}/growth-measurements")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Record a growth measurement",
      description =
          "Z-scores by the WHO LMS method (restricted beyond ±3 for weight-based indices), the"
              + " ±0.7 cm lying/standing rule, Permenkes 2/2020 classes after rounding z to 2"
              + " decimals; implausible values are flagged, not classified. A child newly stunted"
              + " or wasted publishes GrowthRiskDetected.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = PregnancyResource.KIA_FORBIDDEN)
  @APIResponse(responseCode = "201", description = "Recorded, with z-scores and classes")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(
      responseCode = "422",
      description =
          "A measurement rule is broken; the type names it: child-record-closed; measurement-empty (weightKg); position-required, position-without-length (position); measured-in-future, measured-before-birth, child-over-five (measuredOn)")
  public Response recordGrowth(@PathParam("id") UUID id, @Valid @NotNull RecordGrowth request) {
    GrowthView m = growth.record(id, request);
    return Response.created(URI.create("/api/v1/children/" + id + "/growth-measurements"))
        .entity(m)
        .build();
  }
}
