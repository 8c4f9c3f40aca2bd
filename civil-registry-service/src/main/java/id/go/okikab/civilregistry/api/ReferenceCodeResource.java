package id.go.okikab.civilregistry.api;

import id.go.okikab.civilregistry.service.CommonViews.CodeView;
import id.go.okikab.platform.domain.BloodType;
import id.go.okikab.platform.domain.FamilyRelationship;
import id.go.okikab.platform.domain.MaritalStatus;
import id.go.okikab.platform.domain.Religion;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.domain.SiakCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The SIAK code lists requests use (public reference data). */
@Path("/api/v1/reference-codes")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions")
public class ReferenceCodeResource {

  @GET
  @Operation(
      summary = "SIAK code lists",
      description = "SHDK (family relationship), religion, marital status, blood type, sex")
  @APIResponse(responseCode = "200", description = "Each list's codes with their labels")
  public Map<String, List<CodeView>> codes() {
    Map<String, List<CodeView>> codes = new LinkedHashMap<>();
    codes.put("familyRelationship", list(FamilyRelationship.values()));
    codes.put("religion", list(Religion.values()));
    codes.put("maritalStatus", list(MaritalStatus.values()));
    codes.put("bloodType", list(BloodType.values()));
    codes.put(
        "sex",
        Arrays.stream(Sex.values())
            .map(s -> new CodeView(s.name(), s == Sex.MALE ? "Laki-laki" : "Perempuan"))
            .toList());
    return codes;
  }

  private static List<CodeView> list(SiakCode[] values) {
    return Arrays.stream(values).map(CodeView::of).toList();
  }
}
