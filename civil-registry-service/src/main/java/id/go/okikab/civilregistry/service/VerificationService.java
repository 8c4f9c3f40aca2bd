package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Names;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.service.VerificationCommands.ResidentVerificationRequest;
import id.go.okikab.civilregistry.service.VerificationViews.ResidentVerificationResult;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Agency verification: does a NIK, a name and a date of birth belong to one living resident? The
 * answer is match or no match (never which part differed), and every question is audited, with the
 * agency's client id, whether it matched a record or not.
 */
@ApplicationScoped
public class VerificationService {

  private static final Logger LOG = Logger.getLogger(VerificationService.class);

  private final ResidentRepository residents;
  private final SubjectRefs subjectRefs;
  private final ReadAudit readAudit;
  private final CallerIdentity caller;

  public VerificationService(
      ResidentRepository residents,
      SubjectRefs subjectRefs,
      ReadAudit readAudit,
      CallerIdentity caller) {
    this.residents = residents;
    this.subjectRefs = subjectRefs;
    this.readAudit = readAudit;
    this.caller = caller;
  }

  @Transactional
  public ResidentVerificationResult verify(ResidentVerificationRequest request) {
    Resident resident = residents.findByNik(request.nik()).orElse(null);
    boolean match =
        resident != null
            && resident.isAlive()
            && resident.birthDate.equals(request.birthDate())
            && Objects.equals(resident.nameKey, Names.key(request.fullName()));
    readAudit.record(
        "resident-verification",
        resident == null ? "none" : resident.id.toString(),
        subjectRefs.of(request.nik()),
        "agency-verification");
    LOG.infof("agency verification by %s: %s", caller.actorId(), match ? "match" : "no match");
    return new ResidentVerificationResult(match);
  }
}
