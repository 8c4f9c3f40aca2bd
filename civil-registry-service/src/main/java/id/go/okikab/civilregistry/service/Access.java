package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Family;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.repository.FamilyRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may do what in the registry (roles are declared on the resources; ownership is checked here):
 * a registry officer everything, a citizen their own record, their own family card and the
 * registrations of their family. Who acted, for the histories, is {@link CallerIdentity#actorId()}
 * (the token's {@code sub}).
 */
@ApplicationScoped
public class Access {

  public static final String OFFICER = "registry-officer";
  public static final String CITIZEN = "citizen";
  public static final String HEALTH_OFFICER = "health-officer";
  public static final String AGENCY = "agency-verifier";

  /** The purpose of an officer's read of a resident's data, in the read audit. */
  public static final String PURPOSE = "civil-registration";

  private final CallerIdentity caller;
  private final ResidentRepository residents;
  private final FamilyRepository families;

  public Access(CallerIdentity caller, ResidentRepository residents, FamilyRepository families) {
    this.caller = caller;
    this.residents = residents;
    this.families = families;
  }

  public boolean isOfficer() {
    return caller.hasRole(OFFICER);
  }

  /** The calling citizen's subjectRef, when the token carries a NIK. */
  public Optional<String> citizenRef() {
    return caller.subjectRef();
  }

  /**
   * @throws ForbiddenProblem when the token carries no NIK
   */
  public String requireCitizenRef() {
    return citizenRef()
        .orElseThrow(() -> new ForbiddenProblem("Your token carries no NIK (claim nik)."));
  }

  /** The calling citizen's own resident record. */
  public Optional<Resident> citizenResident() {
    return citizenRef().flatMap(residents::findBySubjectRef);
  }

  /** The family card the calling citizen is on. */
  public Optional<Family> citizenFamily() {
    return citizenResident().flatMap(r -> families.currentFamilyOf(r.id));
  }

  /** Whether the calling citizen is a current member of {@code familyId}. */
  public boolean citizenBelongsTo(UUID familyId) {
    return familyId != null
        && citizenResident()
            .flatMap(r -> families.currentFamilyIdOf(r.id))
            .map(familyId::equals)
            .orElse(false);
  }
}
