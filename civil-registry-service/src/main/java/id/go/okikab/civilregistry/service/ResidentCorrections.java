package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.domain.ResidentCorrection;
import id.go.okikab.civilregistry.messaging.RegistryEvents;
import id.go.okikab.civilregistry.repository.ResidentCorrectionRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.service.ResidentCommands.CorrectionRequest;
import id.go.okikab.civilregistry.service.ResidentViews.CorrectionView;
import id.go.okikab.civilregistry.service.ResidentViews.ResidentView;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.precondition.Preconditions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Corrections of a resident's data by an officer, with the old values kept, and their history. */
@ApplicationScoped
public class ResidentCorrections {

  private static final Logger LOG = Logger.getLogger(ResidentCorrections.class);

  private final ResidentRepository residents;
  private final ResidentCorrectionRepository corrections;
  private final ResidentQueries queries;
  private final RegistryEvents events;
  private final ReadAudit readAudit;
  private final CallerIdentity caller;
  private final Clock clock;

  public ResidentCorrections(
      ResidentRepository residents,
      ResidentCorrectionRepository corrections,
      ResidentQueries queries,
      RegistryEvents events,
      ReadAudit readAudit,
      CallerIdentity caller,
      Clock clock) {
    this.residents = residents;
    this.corrections = corrections;
    this.queries = queries;
    this.events = events;
    this.readAudit = readAudit;
    this.caller = caller;
    this.clock = clock;
  }

  /**
   * Corrects fields of a resident with a reason, keeping the old values ({@link Resident#correct});
   * publishes ResidentCorrected with the names of the corrected fields.
   */
  @Transactional
  public ResidentView correct(UUID id, String ifMatch, CorrectionRequest request) {
    Resident resident = queries.find(id);
    Preconditions.requireIfMatch(ifMatch, resident.version);
    ResidentCorrection correction =
        resident.correct(
            request.changes(),
            request.reason().trim(),
            caller.actorId(),
            LocalDate.now(clock),
            clock.instant());
    corrections.persist(correction);
    residents.flush();
    List<String> fields = List.copyOf(correction.newValues.keySet());
    events.residentCorrected(resident, correction.id, fields);
    LOG.infof("resident %s corrected: %s", resident.id, fields);
    return queries.view(resident, List.of());
  }

  /** A resident's correction history, oldest first (officers; audited). */
  @Transactional
  public List<CorrectionView> corrections(UUID id) {
    Resident resident = queries.find(id);
    readAudit.record("resident-corrections", id.toString(), resident.subjectRef, Access.PURPOSE);
    return corrections.list("residentId", Sort.by("correctedAt").and("id"), id).stream()
        .map(
            c ->
                new CorrectionView(
                    c.id, c.correctedAt, c.officer, c.reason, c.oldValues, c.newValues))
        .toList();
  }
}
