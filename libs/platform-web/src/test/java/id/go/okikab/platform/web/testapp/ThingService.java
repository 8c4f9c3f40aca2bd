package id.go.okikab.platform.web.testapp;

import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.testapp.ThingApi.CreateThing;
import id.go.okikab.platform.web.testapp.ThingApi.ThingView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class ThingService {

  /** Codes whose first creation fails on purpose (after the insert). */
  private static final Set<String> FAILED_ONCE = ConcurrentHashMap.newKeySet();

  private final ThingRepository things;
  private final ThingBumper bumper;
  private final SubjectRefs subjectRefs;
  private final CallerIdentity caller;
  private final ReadAudit readAudit;
  private final Outbox outbox;

  public ThingService(
      ThingRepository things,
      ThingBumper bumper,
      SubjectRefs subjectRefs,
      CallerIdentity caller,
      ReadAudit readAudit,
      Outbox outbox) {
    this.things = things;
    this.bumper = bumper;
    this.subjectRefs = subjectRefs;
    this.caller = caller;
    this.readAudit = readAudit;
    this.outbox = outbox;
  }

  @Transactional
  public ThingView create(CreateThing request) throws InterruptedException {
    Thing thing = new Thing();
    thing.id = UUID.randomUUID();
    thing.code = request.code();
    thing.name = request.name();
    thing.ownerRef =
        request.nik() != null ? subjectRefs.of(request.nik()) : caller.subjectRef().orElse(null);
    thing.birthDate = request.birthDate();
    thing.desaCode = request.address().desaCode();
    thing.status = "new";
    things.persist(thing);
    things.flush();
    outbox.publish(new ThingEvents.ThingCreated(thing.id.toString(), thing.ownerRef));
    if (request.sleepMillis() != null) {
      Thread.sleep(request.sleepMillis());
    }
    if (Boolean.TRUE.equals(request.failOnce()) && FAILED_ONCE.add(request.code())) {
      throw new IllegalStateException("simulated failure after insert INTO test_thing");
    }
    return ThingView.of(thing);
  }

  /** Reads a thing for its owner or an officer, and audits the read. */
  @Transactional
  public ThingView read(UUID id) {
    Thing thing = find(id);
    caller.requireSubjectOrAnyRole(thing.ownerRef, "registry-officer");
    readAudit.record("thing", id.toString(), thing.ownerRef, "registration");
    return ThingView.of(thing);
  }

  /** Like {@link #read}, but another citizen learns nothing: 404. */
  @Transactional
  public ThingView readPrivate(UUID id) {
    Thing thing = find(id);
    caller.requireSubjectOrAnyRoleElseNotFound(thing.ownerRef, "thing", id, "registry-officer");
    return ThingView.of(thing);
  }

  @Transactional
  public ThingView rename(UUID id, String ifMatch, String name) {
    Thing thing = find(id);
    Preconditions.requireIfMatch(ifMatch, thing.version);
    thing.name = name;
    things.flush();
    return ThingView.of(thing);
  }

  /** Renames with the right version, while another transaction slips in a change. */
  @Transactional
  public ThingView renameRacing(UUID id, String name) {
    Thing thing = find(id);
    bumper.bump(id);
    thing.name = name;
    things.flush();
    return ThingView.of(thing);
  }

  @Transactional
  public ThingView approve(UUID id) {
    Thing thing = find(id);
    if ("approved".equals(thing.status)) {
      throw new DomainRuleViolation(
          "thing-already-approved", "This thing is already approved.", "status");
    }
    thing.status = "approved";
    things.flush();
    return ThingView.of(thing);
  }

  @Transactional
  public Page<ThingView> list(String codePrefix, PageRequest paging) {
    return Pages.of(
        things.find("code like ?1", Sort.by("code"), codePrefix + "%"), paging, ThingView::of);
  }

  @Transactional
  public long countByCode(String code) {
    return things.count("code", code);
  }

  private Thing find(UUID id) {
    return things.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("thing", id));
  }
}
