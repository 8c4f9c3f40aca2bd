package id.go.okikab.civilregistry.api;

import id.go.okikab.civilregistry.service.Access;
import id.go.okikab.civilregistry.service.CertificateService;
import id.go.okikab.civilregistry.service.CertificateViews.CertificateView;
import id.go.okikab.civilregistry.service.CertificateViews.PublicVerification;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issued documents and their public verification. */
@Path("/api/v1/certificates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Akta kelahiran, akta kematian, SKPWNI")
public class CertificateResource {

  private final CertificateService certificates;

  public CertificateResource(CertificateService certificates) {
    this.certificates = certificates;
  }

  @GET
  @Path("/verify/{code}")
  @PermitAll
  @SecurityRequirements
  @Operation(
      summary = "Verify a document by its verification code (no login)",
      description =
          "Only the document type, number, status, issue date and a masked name (S**** A*****);"
              + " never the NIK.")
  @APIResponse(responseCode = "200", description = "The document is known")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = "No document has this code")
  public PublicVerification verify(
      @PathParam("code")
          @Size(min = 4, max = 40)
          @Pattern(regexp = "[0-9A-Za-z -]*", message = "must be a verification code")
          String code) {
    return certificates.verify(code);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(
      summary = "A document",
      description = "Officers (audited), or the person it concerns and their family card.")
  @APIResponse(responseCode = "200", description = "The document")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public CertificateView get(@PathParam("id") UUID id) {
    return certificates.read(id);
  }
}
