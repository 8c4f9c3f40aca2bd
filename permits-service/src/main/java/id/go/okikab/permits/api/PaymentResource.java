package id.go.okikab.permits.api;

import id.go.okikab.permits.service.Access;
import id.go.okikab.permits.service.PaymentService;
import id.go.okikab.permits.service.PaymentService.Inquiry;
import id.go.okikab.permits.service.PaymentService.PaymentResult;
import id.go.okikab.platform.web.idempotency.IdempotencyNotRequired;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.payment.PaymentNotification;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Permit fees at the bank (client {@code payment-provider}). */
@Path("/api/v1/permit-payments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Access.PAYMENT_PROVIDER)
@Tag(name = "Permit payments")
public class PaymentResource {

  private final PaymentService payments;
  private final CallerIdentity caller;

  public PaymentResource(PaymentService payments, CallerIdentity caller) {
    this.payments = payments;
    this.caller = caller;
  }

  @GET
  @Path("/inquiries/{billingCode}")
  @Operation(summary = "What a billing code is for and its amount (bank)")
  @APIResponse(responseCode = "200", description = "The bill")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Inquiry inquiry(@PathParam("billingCode") String billingCode) {
    return payments.inquiry(billingCode);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @IdempotencyNotRequired(
      "a provider's retry is answered once per provider reference by PaymentNotifications.once")
  @Operation(summary = "A payment of a permit fee (bank); acted on once per bank reference")
  @APIResponse(responseCode = "200", description = "The application's new status")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description = "Not awaiting payment, or payment-reference-reused")
  @APIResponse(responseCode = "422", description = "payment-amount-mismatch")
  public PaymentResult notify(@Valid @NotNull PaymentNotification notification) {
    return payments.receive(caller.clientId().orElse("unknown"), notification);
  }
}
