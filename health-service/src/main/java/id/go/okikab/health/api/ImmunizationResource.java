package id.go.okikab.health.api;

import id.go.okikab.health.domain.immunization.DoseRules;
import id.go.okikab.health.domain.immunization.ScheduledDose;
import id.go.okikab.health.service.Access;
import id.go.okikab.health.service.ChildViews.DueChild;
import id.go.okikab.health.service.DueListService;
import id.go.okikab.health.service.ScheduleCatalog;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Immunisation across children: the national schedule and a facility's due lists. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Immunisation")
public class ImmunizationResource {

  private final DueListService dueLists;
  private final ScheduleCatalog schedule;

  public ImmunizationResource(DueListService dueLists, ScheduleCatalog schedule) {
    this.dueLists = dueLists;
    this.schedule = schedule;
  }

  @GET
  @Path("/immunizations/due")
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Children with doses due or overdue on a date, in a facility's area",
      description =
          "By desa, then oldest child first. facility defaults to the officer's own (another facility is a 403);"
              + " desa narrows to one desa of the area; date defaults to today (WIB). Every"
              + " child listed is read-audited.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      description =
          "Not a health officer with an active facility, or another facility's list, or a desa"
              + " outside the facility's area")
  @APIResponse(responseCode = "200", description = "A page of children with their due doses")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public Page<DueChild> due(
      @QueryParam("facility") String facility,
      @QueryParam("desa") @Pattern(regexp = "\\d{10}", message = "must be 10 digits") String desa,
      @QueryParam("date") LocalDate date,
      @QueryParam("status") DoseRules.Status status,
      @Valid @BeanParam PageRequest paging) {
    return dueLists.due(facility, desa, date, status, paging);
  }

  @GET
  @Path("/immunization-schedule")
  @Operation(summary = "The national routine immunisation schedule (as data)")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "200", description = "Every dose by recommended age")
  public List<ScheduledDose> schedule() {
    return schedule.all().stream().map(d -> d.toScheduled()).toList();
  }
}
