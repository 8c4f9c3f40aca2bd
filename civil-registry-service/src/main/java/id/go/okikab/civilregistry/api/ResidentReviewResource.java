package id.go.okikab.civilregistry.api;

import id.go.okikab.civilregistry.domain.ResidentReview;
import id.go.okikab.civilregistry.service.Access;
import id.go.okikab.civilregistry.service.ResidentCommands.ReviewDecision;
import id.go.okikab.civilregistry.service.ResidentReviews;
import id.go.okikab.civilregistry.service.ResidentViews.ReviewView;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registrations held as possible duplicate persons, for an officer's decision. */
@Path("/api/v1/resident-reviews")
@RolesAllowed(Access.OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Residents")
public class ResidentReviewResource {

  private final ResidentReviews reviews;

  public ResidentReviewResource(ResidentReviews reviews) {
    this.reviews = reviews;
  }

  @GET
  @Operation(summary = "Reviews in a state (OPEN by default), oldest first")
  @APIResponse(responseCode = "200", description = "A page of reviews")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public Page<ReviewView> list(
      @QueryParam("status") @DefaultValue("OPEN") ResidentReview.Status status,
      @Valid @BeanParam PageRequest paging) {
    return reviews.reviews(status, paging);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One review")
  @APIResponse(
      responseCode = "200",
      description = "The review, with its ETag",
      content = @Content(schema = @Schema(implementation = ReviewView.class)))
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    return withEtag(reviews.review(id));
  }

  @POST
  @Path("/{id}/decision")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Decide: REGISTER as another person, or REJECT as the same person",
      description =
          "REGISTER creates the resident (the NIK rules are checked again); with the If-Match of"
              + " the review read.")
  @Parameter(
      name = Idempotent.HEADER,
      in = ParameterIn.HEADER,
      description = ProblemDocs.IDEMPOTENCY_KEY)
  @APIResponse(responseCode = "200", description = "The decided review, with its new ETag")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = ProblemDocs.CONFLICT)
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = ProblemDocs.UNPROCESSABLE)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response decide(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull ReviewDecision decision) {
    return withEtag(reviews.decide(id, ifMatch, decision));
  }

  private static Response withEtag(ReviewView review) {
    return Response.ok(review)
        .header(HttpHeaders.ETAG, Preconditions.etag(review.version()))
        .build();
  }
}
