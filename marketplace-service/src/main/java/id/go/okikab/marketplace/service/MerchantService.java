package id.go.okikab.marketplace.service;

import id.go.okikab.marketplace.config.MarketplaceConfig;
import id.go.okikab.marketplace.domain.KnownPermit;
import id.go.okikab.marketplace.domain.Merchant;
import id.go.okikab.marketplace.domain.MerchantStatus;
import id.go.okikab.marketplace.domain.MerchantStatusChange;
import id.go.okikab.marketplace.domain.MsmeThresholds;
import id.go.okikab.marketplace.repository.KnownPermitRepository;
import id.go.okikab.marketplace.repository.MerchantRepository;
import id.go.okikab.marketplace.repository.MerchantStatusChangeRepository;
import id.go.okikab.marketplace.service.MerchantCommands.AmendMerchant;
import id.go.okikab.marketplace.service.MerchantCommands.RegisterMerchant;
import id.go.okikab.marketplace.service.MerchantViews.MerchantView;
import id.go.okikab.marketplace.service.MerchantViews.StatusChangeView;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.region.OkiDesaCodes;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Shops: opening, the owner's changes, verification (by a permit for the NIB or an admin),
 * suspension (permit suspended or revoked, owner deceased, admin) and closure. Every status change
 * is recorded with who, when and why.
 */
@ApplicationScoped
public class MerchantService {

  private final MerchantRepository merchants;
  private final MerchantStatusChangeRepository changes;
  private final KnownPermitRepository permits;
  private final EventPublisher events;
  private final Access access;
  private final MsmeThresholds thresholds;
  private final MarketplaceConfig config;
  private final Clock clock;

  public MerchantService(
      MerchantRepository merchants,
      MerchantStatusChangeRepository changes,
      KnownPermitRepository permits,
      EventPublisher events,
      Access access,
      MsmeThresholds thresholds,
      MarketplaceConfig config,
      Clock clock) {
    this.merchants = merchants;
    this.changes = changes;
    this.permits = permits;
    this.events = events;
    this.access = access;
    this.thresholds = thresholds;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Opens a PENDING shop owned by the caller; verified at once when a permit for its NIB is already
   * known and its return policy and NMID are given.
   *
   * @throws ConflictProblem when an open shop has this NIB
   */
  @Transactional
  public MerchantView register(RegisterMerchant r) {
    String ownerRef = access.subjectRef();
    String desa = OkiDesaCodes.requireKnown(r.desaCode(), "desaCode");
    var msme = thresholds.classify(r.declaredCapital(), r.annualTurnover());
    if (merchants.count("nib = ?1 and status <> ?2", r.nib(), MerchantStatus.CLOSED) > 0) {
      throw new ConflictProblem("A shop with this NIB is already open on the marketplace.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Merchant.Registered opened =
        Merchant.open(
            UUID.randomUUID(),
            new Merchant.Opening(
                ownerRef,
                access.actor(),
                r.businessName(),
                r.nib(),
                r.kbli(),
                r.declaredCapital(),
                r.annualTurnover(),
                msme,
                desa,
                r.address(),
                r.postalCode(),
                r.qrisNmid(),
                r.returnPolicy(),
                r.returnWindowDays() != null
                    ? r.returnWindowDays()
                    : config.orders().defaultReturnWindowDays()),
            now);
    Merchant m = opened.merchant();
    merchants.persist(m);
    changes.persist(
        MerchantStatusChange.of(m.id, null, m.status, access.actor(), "shop opened", now));
    events.publish(opened.event());
    verifyByKnownPermit(m, now);
    merchants.flush();
    return view(m);
  }

  /** A shop: anyone reads a verified one; its owner and the admins read it in any status. */
  @Transactional
  public MerchantView get(UUID id) {
    Merchant m = merchants.require(id);
    if (!m.sells() && !access.owns(m) && !access.readsAll()) {
      throw new NotFoundProblem(MerchantRepository.RESOURCE, id);
    }
    return view(m);
  }

  /** The admins' list (all, by status and kecamatan), or the caller's own shops. */
  @Transactional
  public Page<MerchantView> list(MerchantStatus status, String kecamatan, PageRequest paging) {
    StringBuilder q = new StringBuilder("1 = 1");
    Parameters p = new Parameters();
    if (!access.readsAll()) {
      q.append(" and ownerSubject = :owner");
      p.and("owner", access.actor());
    }
    if (status != null) {
      q.append(" and status = :status");
      p.and("status", status);
    }
    if (kecamatan != null) {
      q.append(" and kecamatanCode = :kec");
      p.and("kec", kecamatan);
    }
    return Pages.of(
        merchants.find(q.toString(), Sort.by("registeredAt").descending().and("id"), p),
        paging,
        m -> MerchantView.of(m, List.of()));
  }

  /** The owner's changes; a pending shop that becomes ready is verified by a known permit. */
  @Transactional
  public MerchantView amend(UUID id, String ifMatch, AmendMerchant a) {
    Merchant m = merchants.require(id);
    access.requireOwner(m);
    Preconditions.requireIfMatch(ifMatch, m.version);
    m.amend(
        a.businessName(),
        a.address(),
        a.postalCode(),
        a.qrisNmid(),
        a.returnPolicy(),
        a.returnWindowDays());
    verifyByKnownPermit(m, OffsetDateTime.now(clock));
    merchants.flush();
    return view(m);
  }

  /** An admin verifies a shop by hand, with a reason. */
  @Transactional
  public MerchantView verify(UUID id, String ifMatch, String reason) {
    Merchant m = merchants.require(id);
    Preconditions.requireIfMatch(ifMatch, m.version);
    OffsetDateTime now = OffsetDateTime.now(clock);
    MerchantStatus from = m.status;
    events.publish(m.verify("ADMIN", null, now));
    changes.persist(MerchantStatusChange.of(m.id, from, m.status, access.actor(), reason, now));
    merchants.flush();
    return view(m);
  }

  /** An admin suspends a shop, with a reason. */
  @Transactional
  public MerchantView suspend(UUID id, String ifMatch, String reason) {
    Merchant m = merchants.require(id);
    Preconditions.requireIfMatch(ifMatch, m.version);
    if (m.status == MerchantStatus.SUSPENDED || m.status == MerchantStatus.CLOSED) {
      throw new id.go.okikab.platform.web.problem.DomainRuleViolation(
          "merchant-not-active", "The shop is already " + m.status + ".", null);
    }
    suspend(m, Merchant.SuspensionCause.ADMIN, access.actor(), reason);
    merchants.flush();
    return view(m);
  }

  /** The owner or an admin closes a shop for good. */
  @Transactional
  public MerchantView close(UUID id, String ifMatch, String reason) {
    Merchant m = merchants.require(id);
    if (!access.owns(m) && !access.isAdmin()) {
      throw new ForbiddenProblem("This shop belongs to someone else.");
    }
    Preconditions.requireIfMatch(ifMatch, m.version);
    MerchantStatus from = m.status;
    m.close();
    changes.persist(
        MerchantStatusChange.of(
            m.id, from, m.status, access.actor(), reason, OffsetDateTime.now(clock)));
    merchants.flush();
    return view(m);
  }

  // ---- from the permits and civil-registry events (no caller: the event's source acts)

  /** A permit was issued for a NIB: remembered; a ready pending shop with the NIB is verified. */
  @Transactional
  public void permitIssued(
      String permitId, String nib, java.time.LocalDate validUntil, OffsetDateTime issuedAt) {
    KnownPermit k = permits.findById(permitId);
    boolean isNew = k == null;
    if (isNew) {
      k = new KnownPermit();
      k.permitId = permitId;
      k.nib = nib;
    }
    k.status = KnownPermit.Status.ISSUED;
    k.validUntil = validUntil;
    k.changedAt = issuedAt;
    if (isNew) {
      permits.persist(k);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (Merchant m : openShops(nib)) {
      if (m.readyToVerify()) {
        verifyBy(m, permitId, now);
      }
    }
  }

  /** A permit was suspended or revoked: its shop is suspended. */
  @Transactional
  public void permitWithdrawn(
      String permitId, String nib, boolean revoked, String reasonCode, OffsetDateTime at) {
    KnownPermit k = permits.findById(permitId);
    boolean isNew = k == null;
    if (isNew) {
      k = new KnownPermit();
      k.permitId = permitId;
      k.nib = nib;
    }
    k.status = revoked ? KnownPermit.Status.REVOKED : KnownPermit.Status.SUSPENDED;
    k.changedAt = at;
    if (isNew) {
      permits.persist(k);
    }
    for (Merchant m : openShops(nib)) {
      suspend(
          m,
          revoked
              ? Merchant.SuspensionCause.PERMIT_REVOKED
              : Merchant.SuspensionCause.PERMIT_SUSPENDED,
          "permits-service",
          "permit " + permitId + (revoked ? " revoked: " : " suspended: ") + reasonCode);
    }
  }

  /** The owner died: their shops are suspended. */
  @Transactional
  public void ownerDeceased(String subjectRef, String registrationId) {
    for (Merchant m :
        merchants.list(
            "ownerRef = ?1 and status in ?2",
            subjectRef,
            List.of(MerchantStatus.PENDING, MerchantStatus.VERIFIED))) {
      suspend(
          m,
          Merchant.SuspensionCause.OWNER_DECEASED,
          "civil-registry-service",
          "owner's death registered (" + registrationId + ")");
    }
  }

  private List<Merchant> openShops(String nib) {
    if (nib == null) {
      return List.of();
    }
    return merchants.list("nib = ?1 and status <> ?2", nib, MerchantStatus.CLOSED);
  }

  private void suspend(Merchant m, Merchant.SuspensionCause cause, String actor, String reason) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    MerchantStatus from = m.status;
    var event = m.suspend(cause, now);
    if (event != null) {
      events.publish(event);
      changes.persist(MerchantStatusChange.of(m.id, from, m.status, actor, reason, now));
    }
  }

  private void verifyByKnownPermit(Merchant m, OffsetDateTime now) {
    if (m.readyToVerify()) {
      permits.activeFor(m.nib).ifPresent(p -> verifyBy(m, p.permitId, now));
    }
  }

  private void verifyBy(Merchant m, String permitId, OffsetDateTime now) {
    MerchantStatus from = m.status;
    events.publish(m.verify("PERMIT", permitId, now));
    changes.persist(
        MerchantStatusChange.of(
            m.id, from, m.status, "permits-service", "permit " + permitId + " issued", now));
  }

  private MerchantView view(Merchant m) {
    List<StatusChangeView> history = new ArrayList<>();
    if (access.owns(m) || access.readsAll()) {
      changes
          .list("merchantId = ?1 order by id", m.id)
          .forEach(c -> history.add(StatusChangeView.of(c)));
    }
    return MerchantView.of(m, history);
  }
}
