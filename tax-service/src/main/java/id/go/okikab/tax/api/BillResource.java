package id.go.okikab.tax.api;

import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.tax.domain.BillStatus;
import id.go.okikab.tax.service.Access;
import id.go.okikab.tax.service.BillService;
import id.go.okikab.tax.service.BillViews.BillView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tax bills, with interest and amount due as of today. */
@Path("/api/v1/bills")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bills")
public class BillResource {

  private final BillService service;

  public BillResource(BillService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN, Access.CITIZEN})
  @Operation(summary = "Bills (staff: all, filtered; a citizen: their own)")
  @APIResponse(responseCode = "200", description = "A page of bills")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Page<BillView> list(
      @QueryParam("taxpayerId") UUID taxpayerId,
      @QueryParam("status") BillStatus status,
      @Valid @BeanParam PageRequest paging) {
    return service.list(taxpayerId, status, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN, Access.CITIZEN})
  @Operation(summary = "One bill (staff, or its taxpayer)")
  @APIResponse(responseCode = "200", description = "The bill; ETag is its version")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    return Responses.ok(service.get(id));
  }
}
