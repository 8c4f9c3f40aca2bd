package id.go.okikab.health.service;

import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.repository.FacilityRepository;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who may see and change which KIA record (issue #4, docs/security.md):
 *
 * <ul>
 *   <li>{@code health-officer}: the records of their facility's area — people living in the
 *       facility's kecamatan, and records kept at the facility itself. The facility comes from the
 *       token's {@code facility} claim and must be a known, active facility.
 *   <li>{@code citizen}: their own pregnancies and their children's records (mother, father or the
 *       child, matched by subjectRef = HMAC of the token's {@code nik}), read-only.
 *   <li>a citizen who is not one of a record's persons: 404, the answer of an id that does not
 *       exist (the existence of a KIA record is private); an officer outside the area, or any other
 *       role: 403.
 * </ul>
 *
 * Every read of a pregnancy or child record goes through {@link #audit}: who, which record, whose,
 * when, why.
 */
@RequestScoped
public class Access {

  public static final String OFFICER = "health-officer";
  public static final String CITIZEN = "citizen";
  public static final String ADMIN = "admin";

  /** Read-audit resource types. */
  public static final String PREGNANCY_RECORD = "pregnancy-record";

  public static final String CHILD_RECORD = "child-health-record";

  private final CallerIdentity caller;
  private final FacilityRepository facilities;
  private final ReadAudit readAudit;
  private HealthFacility officerFacility;

  public Access(CallerIdentity caller, FacilityRepository facilities, ReadAudit readAudit) {
    this.caller = caller;
    this.facilities = facilities;
    this.readAudit = readAudit;
  }

  public boolean isOfficer() {
    return caller.hasRole(OFFICER);
  }

  /** The caller's subjectRef when they are a citizen with a NIK. */
  public Optional<String> citizenRef() {
    return caller.hasRole(CITIZEN) ? caller.subjectRef() : Optional.empty();
  }

  /**
   * The facility of the calling health officer.
   *
   * @throws ForbiddenProblem when the caller is not a health officer, has no {@code facility} claim
   *     ({@link CallerIdentity#facility()}), or the claim names no active facility
   */
  public HealthFacility officerFacility() {
    caller.requireAnyRole(OFFICER);
    if (officerFacility == null) {
      String code =
          caller
              .facility()
              .orElseThrow(
                  () ->
                      new ForbiddenProblem(
                          "A health officer's account needs a facility (token claim '"
                              + CallerIdentity.FACILITY_CLAIM
                              + "')."));
      HealthFacility facility = facilities.findById(code);
      if (facility == null || !facility.active) {
        throw new ForbiddenProblem(
            "The facility of this account is not an active health facility.");
      }
      officerFacility = facility;
    }
    return officerFacility;
  }

  /**
   * Requires a health officer whose area covers the record.
   *
   * @throws ForbiddenProblem otherwise
   */
  public HealthFacility requireOfficerFor(String kecamatanCode, String facilityCode) {
    HealthFacility facility = officerFacility();
    if (!facility.covers(kecamatanCode, facilityCode)) {
      throw new ForbiddenProblem("This record is outside the area of your facility.");
    }
    return facility;
  }

  /**
   * Requires the caller to be an officer of the record's area or one of the persons of the record.
   * The existence of a KIA record is private: a citizen who is not one of its persons gets the same
   * 404 as for an id that does not exist ({@code new NotFoundProblem(resourceType, id)}).
   *
   * @return whether the caller reads as one of the record's persons (a citizen)
   * @throws NotFoundProblem for a citizen who is not one of the record's persons
   * @throws ForbiddenProblem for a health officer outside the record's area, or another role
   */
  public boolean requireReader(
      String resourceType,
      Object id,
      String kecamatanCode,
      String facilityCode,
      RecordPersons persons) {
    caller.requireAnyRole(OFFICER, CITIZEN);
    Optional<String> me = citizenRef();
    if (me.isPresent() && persons.includes(me.get())) {
      return true;
    }
    if (isOfficer()) {
      requireOfficerFor(kecamatanCode, facilityCode);
      return false;
    }
    throw new NotFoundProblem(resourceType, id);
  }

  /** Writes the read-audit row of one record read. */
  public void audit(String resourceType, Object id, String subjectRef, boolean ownRecord) {
    readAudit.record(
        resourceType, id.toString(), subjectRef, ownRecord ? "subject-access" : "kia-care");
  }

  /** The persons a record belongs to. */
  @FunctionalInterface
  public interface RecordPersons {
    boolean includes(String subjectRef);
  }
}
