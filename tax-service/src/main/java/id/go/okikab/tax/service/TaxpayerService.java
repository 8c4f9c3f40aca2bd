package id.go.okikab.tax.service;

import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import id.go.okikab.platform.web.region.OkiDesaCodes;
import id.go.okikab.tax.config.TaxConfig;
import id.go.okikab.tax.domain.Npwpd;
import id.go.okikab.tax.domain.Taxpayer;
import id.go.okikab.tax.domain.TaxpayerKind;
import id.go.okikab.tax.repository.Sequences;
import id.go.okikab.tax.repository.TaxpayerRepository;
import id.go.okikab.tax.service.TaxpayerCommands.RecordHeir;
import id.go.okikab.tax.service.TaxpayerCommands.RegisterTaxpayer;
import id.go.okikab.tax.service.TaxpayerViews.TaxpayerView;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Registering taxpayers, reading them, their heirs and deaths. */
@ApplicationScoped
public class TaxpayerService {

  private final TaxpayerRepository taxpayers;
  private final Sequences sequences;
  private final SubjectRefs subjectRefs;
  private final Outbox outbox;
  private final Access access;
  private final TaxConfig config;
  private final Clock clock;

  public TaxpayerService(
      TaxpayerRepository taxpayers,
      Sequences sequences,
      SubjectRefs subjectRefs,
      Outbox outbox,
      Access access,
      TaxConfig config,
      Clock clock) {
    this.taxpayers = taxpayers;
    this.sequences = sequences;
    this.subjectRefs = subjectRefs;
    this.outbox = outbox;
    this.access = access;
    this.config = config;
    this.clock = clock;
  }

  /**
   * @throws ValidationProblem {@code nik}/{@code nib} missing for the kind, or an invalid NIK
   * @throws ConflictProblem when the NIK or NIB is registered already
   */
  @Transactional
  public Versioned<TaxpayerView> register(RegisterTaxpayer r) {
    String subjectRef;
    if (r.kind() == TaxpayerKind.PERSON) {
      requireNik(r.nik(), "nik");
      if (r.nib() != null) {
        throw new ValidationProblem("nib", "a PERSON has no NIB (register the business)");
      }
      subjectRef = subjectRefs.of(r.nik());
      if (taxpayers.count("nik", r.nik()) > 0) {
        throw new ConflictProblem("A taxpayer with this NIK is registered.");
      }
    } else {
      if (r.nib() == null) {
        throw new ValidationProblem("nib", "a BUSINESS needs its NIB (13 digits)");
      }
      if (r.nik() != null) {
        throw new ValidationProblem("nik", "a BUSINESS has no NIK; give the owner's as ownerNik");
      }
      if (r.ownerNik() != null) {
        requireNik(r.ownerNik(), "ownerNik");
      }
      subjectRef = r.ownerNik() == null ? null : subjectRefs.of(r.ownerNik());
      if (taxpayers.count("nib", r.nib()) > 0) {
        throw new ConflictProblem("A taxpayer with this NIB is registered.");
      }
    }
    OkiDesaCodes.requireKnown(r.desaCode(), "desaCode");
    String npwpd =
        Npwpd.format(config.npwpdPattern(), r.kind(), sequences.next("npwpd_serial"), r.desaCode());
    Taxpayer.Registered registered =
        Taxpayer.register(
            r.kind(),
            r.nik(),
            subjectRef,
            r.nib(),
            r.name(),
            r.address(),
            r.desaCode(),
            npwpd,
            OffsetDateTime.now(clock),
            access.actor());
    taxpayers.persist(registered.taxpayer());
    taxpayers.flush();
    outbox.publish(registered.event());
    return new Versioned<>(TaxpayerView.of(registered.taxpayer()), registered.taxpayer().version);
  }

  private void requireNik(String nik, String field) {
    if (nik == null) {
      throw new ValidationProblem(field, "a PERSON needs the NIK (16 digits)");
    }
    if (!Nik.isValid(nik)) {
      throw new ValidationProblem(field, "is not a valid NIK (domain.md §1.1)");
    }
  }

  @Transactional
  public Versioned<TaxpayerView> get(UUID id) {
    Taxpayer t = require(id);
    access.requireReader(t, "taxpayer", id);
    return new Versioned<>(TaxpayerView.of(t), t.version);
  }

  /** Staff: every taxpayer, filtered; a citizen: their own. */
  @Transactional
  public Page<TaxpayerView> list(String nib, String npwpd, PageRequest paging) {
    StringBuilder q = new StringBuilder("1 = 1");
    Parameters p = new Parameters();
    if (!access.isStaff()) {
      String me = access.citizenRef().orElse("-");
      q.append(" and (subjectRef = :me or heirSubjectRef = :me)");
      p.and("me", me);
    }
    if (nib != null) {
      q.append(" and nib = :nib");
      p.and("nib", nib);
    }
    if (npwpd != null) {
      q.append(" and npwpd = :npwpd");
      p.and("npwpd", npwpd);
    }
    return Pages.of(
        taxpayers.find(q.toString(), Sort.by("registeredAt").and("id"), p),
        paging,
        TaxpayerView::of);
  }

  @Transactional
  public Versioned<TaxpayerView> recordHeir(UUID id, String ifMatch, RecordHeir r) {
    Taxpayer t = require(id);
    Preconditions.requireIfMatch(ifMatch, t.version);
    requireNik(r.heirNik(), "heirNik");
    t.recordHeir(r.heirName(), subjectRefs.of(r.heirNik()));
    taxpayers.flush();
    return new Versioned<>(TaxpayerView.of(t), t.version);
  }

  /** civil-registry.DeathRegistered: flags the person's taxpayer record (if any). */
  @Transactional
  public void died(String subjectRef, LocalDate on) {
    taxpayers.find("kind = ?1 and subjectRef = ?2", TaxpayerKind.PERSON, subjectRef).stream()
        .forEach(t -> t.died(on));
  }

  Taxpayer require(UUID id) {
    return taxpayers.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("taxpayer", id));
  }
}
