package id.go.okikab.civilregistry.domain;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import id.go.okikab.platform.domain.Sex;
import java.time.LocalDate;

/**
 * A resident registration held for review ({@link ResidentReview#request}), as the officer sent it:
 * its codes are checked again when it is registered. Stored as JSON in the shape of the request
 * ({@code POST /api/v1/residents}); dates as {@code yyyy-MM-dd}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HeldRegistration(
    String nik,
    String fullName,
    Sex sex,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate birthDate,
    String birthPlace,
    String religion,
    String maritalStatus,
    Boolean marriageRegistered,
    String bloodType,
    String occupation,
    Parent mother,
    Parent father,
    Place address) {

  /** A parent: their NIK, if any, and their name. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Parent(String nik, String name) {}

  /** The address: desa/kelurahan code, RT, RW, street. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Place(String desaCode, String rt, String rw, String street) {}
}
