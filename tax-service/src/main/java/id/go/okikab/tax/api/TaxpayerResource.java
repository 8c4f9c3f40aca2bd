package id.go.okikab.tax.api;

import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.tax.service.Access;
import id.go.okikab.tax.service.TaxpayerCommands.RecordHeir;
import id.go.okikab.tax.service.TaxpayerCommands.RegisterTaxpayer;
import id.go.okikab.tax.service.TaxpayerService;
import id.go.okikab.tax.service.TaxpayerViews.TaxpayerView;
import id.go.okikab.tax.service.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** Regional taxpayers (wajib pajak daerah) and their NPWPD. */
@Path("/api/v1/taxpayers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Taxpayers")
public class TaxpayerResource {

  private final TaxpayerService service;

  public TaxpayerResource(TaxpayerService service) {
    this.service = service;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "Register a taxpayer and issue its NPWPD (tax officer)")
  @APIResponse(responseCode = "201", description = "Registered; TaxpayerRegistered published")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "409", description = "The NIK or NIB is registered")
  @APIResponse(
      responseCode = "422",
      description = "desa-code-invalid, desa-outside-oki, unknown-kecamatan (desaCode)")
  public Response register(@Valid @NotNull RegisterTaxpayer request) {
    Versioned<TaxpayerView> v = service.register(request);
    return Responses.created("/api/v1/taxpayers/" + v.view().id(), v);
  }

  @GET
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN, Access.CITIZEN})
  @Operation(summary = "Taxpayers (staff: all, filtered; a citizen: their own)")
  @APIResponse(responseCode = "200", description = "A page of taxpayers")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Page<TaxpayerView> list(
      @QueryParam("nib") @Pattern(regexp = "\\d{13}", message = "must be 13 digits") String nib,
      @QueryParam("npwpd") String npwpd,
      @Valid @BeanParam PageRequest paging) {
    return service.list(nib, npwpd, paging);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN, Access.CITIZEN})
  @Operation(summary = "One taxpayer (read-audited); ETag is its version")
  @APIResponse(responseCode = "200", description = "The taxpayer")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    return Responses.ok(service.get(id));
  }

  @POST
  @Path("/{id}/heir")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "Record the heir of a deceased taxpayer (If-Match)")
  @APIResponse(responseCode = "200", description = "Recorded: SPPTs are issued again")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = "taxpayer-not-deceased")
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response recordHeir(
      @PathParam("id") UUID id,
      @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
      @Valid @NotNull RecordHeir request) {
    return Responses.ok(service.recordHeir(id, ifMatch, request));
  }
}
