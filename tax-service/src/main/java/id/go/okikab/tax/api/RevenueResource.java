package id.go.okikab.tax.api;

import id.go.okikab.platform.web.idempotency.IdempotencyNotRequired;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.ValidationProblem;
import id.go.okikab.tax.service.Access;
import id.go.okikab.tax.service.RevenueService;
import id.go.okikab.tax.service.RevenueService.RealisationView;
import id.go.okikab.tax.service.RevenueService.Reconciliation;
import id.go.okikab.tax.service.RevenueService.SetTarget;
import id.go.okikab.tax.service.RevenueService.Statement;
import id.go.okikab.tax.service.RevenueService.StatementLine;
import id.go.okikab.tax.service.RevenueService.TargetChange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Revenue targets, realisation against them, and the bank statement reconciliation. */
@Path("/api/v1/revenue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revenue")
public class RevenueResource {

  private final RevenueService service;

  public RevenueResource(RevenueService service) {
    this.service = service;
  }

  @PUT
  @Path("/targets/{year}/{taxType}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Set a tax type's target of a year (If-Match once it exists); kept with history")
  @APIResponse(responseCode = "200", description = "The target; ETag is its version")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response setTarget(
      @PathParam("year") @Min(2000) @Max(2100) int year,
      @PathParam("taxType") String taxType,
      @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
      @Valid @NotNull SetTarget request) {
    return Responses.ok(service.setTarget(year, taxType, ifMatch, request));
  }

  @GET
  @Path("/targets/{year}/{taxType}/history")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "Every change of a target")
  @APIResponse(responseCode = "200", description = "Oldest first")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public List<TargetChange> history(
      @PathParam("year") @Min(2000) @Max(2100) int year, @PathParam("taxType") String taxType) {
    return service.history(year, taxType);
  }

  @GET
  @Path("/realisation")
  @RolesAllowed({Access.OFFICER, Access.OPERATOR, Access.ADMIN})
  @Operation(summary = "Revenue realised against target: per tax type, month, kecamatan, channel")
  @APIResponse(responseCode = "200", description = "The year's realisation")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public RealisationView realisation(
      @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
    return service.realisation(year);
  }

  @POST
  @Path("/reconciliations")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @IdempotencyNotRequired("a comparison of a statement with the payments; it changes nothing")
  @Operation(summary = "Reconcile the RKUD bank's statement (JSON lines) with recorded payments")
  @APIResponse(
      responseCode = "200",
      description = "matched, amountMismatch, missingInBank, unknownInSystem")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Reconciliation reconcile(@Valid @NotNull Statement statement) {
    return service.reconcile(statement);
  }

  @POST
  @Path("/reconciliations")
  @Consumes("text/csv")
  @RolesAllowed(Access.OFFICER)
  @IdempotencyNotRequired("a comparison of a statement with the payments; it changes nothing")
  @Operation(summary = "Reconcile a CSV statement: reference,amount,date (YYYY-MM-DD) per line")
  @APIResponse(responseCode = "200", description = "As for JSON")
  @APIResponse(responseCode = "400", description = "A line that is not reference,amount,date")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  public Reconciliation reconcileCsv(String csv) {
    List<StatementLine> lines = new ArrayList<>();
    int n = 0;
    for (String raw : (csv == null ? "" : csv).split("\\R")) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || (n == 1 && line.toLowerCase().startsWith("reference"))) {
        continue;
      }
      String[] parts = line.split(",");
      try {
        if (parts.length != 3 || !parts[0].strip().matches("[A-Za-z0-9._-]{1,64}")) {
          throw new IllegalArgumentException();
        }
        long amount = Long.parseLong(parts[1].strip());
        if (amount <= 0) {
          throw new IllegalArgumentException();
        }
        lines.add(new StatementLine(parts[0].strip(), amount, LocalDate.parse(parts[2].strip())));
      } catch (RuntimeException e) {
        throw new ValidationProblem(
            "line " + n, "must be reference,amount,date (integer rupiah, YYYY-MM-DD)");
      }
    }
    if (lines.isEmpty()) {
      throw new ValidationProblem("lines", "the statement has no lines");
    }
    return service.reconcile(new Statement(lines));
  }
}
