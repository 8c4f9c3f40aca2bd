package id.go.okikab.tax.api;

import id.go.okikab.platform.web.idempotency.IdempotencyNotRequired;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.payment.PaymentNotification;
import id.go.okikab.tax.service.Access;
import id.go.okikab.tax.service.BillService;
import id.go.okikab.tax.service.BillViews.InquiryView;
import id.go.okikab.tax.service.BillViews.PaymentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bank's side (client payment-provider): inquiry by billing code and payment notification. */
@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PaymentResource {

  private final BillService service;

  public PaymentResource(BillService service) {
    this.service = service;
  }

  @GET
  @Path("/inquiries/{billingCode}")
  @RolesAllowed({Access.PROVIDER, Access.OFFICER})
  @Operation(summary = "What to collect today for a billing code (principal + interest)")
  @APIResponse(responseCode = "200", description = "The amount due")
  @APIResponse(responseCode = "400", description = "Not a billing code (check digit)")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = "No bill has this code")
  @APIResponse(responseCode = "409", description = "bill-settled: already paid")
  public InquiryView inquire(@PathParam("billingCode") String billingCode) {
    return service.inquire(billingCode);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.PROVIDER)
  @IdempotencyNotRequired(
      "a provider's retry is answered once per provider reference by PaymentNotifications.once")
  @Operation(
      summary = "A payment notification from the bank (BillPaid)",
      description =
          "Acted on once per bank reference: the same notification again answers the same; a"
              + " reference reused for another payment is 409 payment-reference-reused. Interest"
              + " first, then principal; an over-payment is kept as credit.")
  @APIResponse(responseCode = "201", description = "Recorded, with its receipt")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = "No bill has this code (nothing recorded)")
  @APIResponse(
      responseCode = "409",
      description = "bill-settled, payment-reference-reused (nothing recorded)")
  public Response notify(@Valid @NotNull PaymentNotification notification) {
    PaymentView p = service.receive(notification);
    return Response.created(URI.create("/api/v1/bills/" + p.billId())).entity(p).build();
  }
}
