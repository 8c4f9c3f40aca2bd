package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Certificate;
import id.go.okikab.civilregistry.domain.CertificateType;
import id.go.okikab.civilregistry.domain.Names;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.repository.CertificateRepository;
import id.go.okikab.civilregistry.repository.FamilyRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.service.CertificateViews.CertificateRef;
import id.go.okikab.civilregistry.service.CertificateViews.CertificateView;
import id.go.okikab.civilregistry.service.CertificateViews.PublicVerification;
import id.go.okikab.platform.domain.VerificationCodes;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Issues documents and answers their public verification. */
@ApplicationScoped
public class CertificateService {

  private final CertificateRepository certificates;
  private final ResidentRepository residents;
  private final FamilyRepository families;
  private final Numbers numbers;
  private final Access access;
  private final ReadAudit readAudit;
  private final Clock clock;

  public CertificateService(
      CertificateRepository certificates,
      ResidentRepository residents,
      FamilyRepository families,
      Numbers numbers,
      Access access,
      ReadAudit readAudit,
      Clock clock) {
    this.certificates = certificates;
    this.residents = residents;
    this.families = families;
    this.numbers = numbers;
    this.access = access;
    this.readAudit = readAudit;
    this.clock = clock;
  }

  /** Issues a document for {@code resident}, numbered for today, with a fresh verification code. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Certificate issue(CertificateType type, Resident resident, UUID sourceId, Instant now) {
    LocalDate today = LocalDate.now(clock);
    Certificate certificate =
        Certificate.issue(
            type,
            numbers.documentNumber(type, today),
            VerificationCodes.next(),
            resident,
            sourceId,
            today,
            now);
    certificates.persist(certificate);
    return certificate;
  }

  /**
   * What the public may learn from a verification code: type, number, status, issue date, masked
   * name.
   *
   * @throws NotFoundProblem when no document has the code
   */
  @Transactional
  public PublicVerification verify(String typedCode) {
    String code = VerificationCodes.normalize(typedCode);
    Certificate certificate =
        (VerificationCodes.isWellFormed(code)
                ? certificates.find("verificationCode", code).firstResultOptional()
                : Optional.<Certificate>empty())
            .orElseThrow(() -> new NotFoundProblem("No document has this verification code."));
    return new PublicVerification(
        certificate.type.name(),
        certificate.type.title(),
        certificate.number,
        certificate.status.name(),
        certificate.issuedOn,
        Names.masked(certificate.nameOnDocument));
  }

  /**
   * A document for an officer (read-audited), or for the person it concerns or a member of their
   * family card; anyone else gets a 404.
   */
  @Transactional
  public CertificateView read(UUID id) {
    Certificate certificate =
        certificates.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("document", id));
    Resident resident = residents.findById(certificate.residentId);
    if (access.isOfficer()) {
      readAudit.record("certificate", id.toString(), resident.subjectRef, Access.PURPOSE);
    } else {
      boolean own = access.citizenRef().map(resident.subjectRef::equals).orElse(false);
      boolean family =
          families.currentFamilyIdOf(resident.id).map(access::citizenBelongsTo).orElse(false);
      if (!own && !family) {
        throw new NotFoundProblem("document", id);
      }
    }
    return view(certificate);
  }

  public static CertificateView view(Certificate certificate) {
    return new CertificateView(
        certificate.id,
        certificate.type.name(),
        certificate.type.title(),
        certificate.number,
        certificate.verificationCode,
        certificate.status.name(),
        certificate.issuedOn,
        certificate.residentId,
        certificate.nameOnDocument);
  }

  public CertificateRef ref(UUID id) {
    if (id == null) {
      return null;
    }
    Certificate certificate = certificates.findById(id);
    return certificate == null
        ? null
        : new CertificateRef(
            certificate.id,
            certificate.type.name(),
            certificate.number,
            certificate.verificationCode,
            certificate.issuedOn);
  }
}
