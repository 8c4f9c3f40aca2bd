package id.go.okikab.tax.service;

import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.tax.domain.Nop;
import id.go.okikab.tax.domain.TaxObject;
import id.go.okikab.tax.domain.Taxpayer;
import id.go.okikab.tax.repository.Sequences;
import id.go.okikab.tax.repository.TaxObjectRepository;
import id.go.okikab.tax.repository.TaxpayerRepository;
import id.go.okikab.tax.service.TaxObjectCommands.RegisterTaxObject;
import id.go.okikab.tax.service.TaxObjectViews.TaxObjectView;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** PBB-P2 objects: NOP validated and mapped to its Kemendagri desa by reference data. */
@ApplicationScoped
public class TaxObjectService {

  private final TaxObjectRepository objects;
  private final TaxpayerRepository taxpayers;
  private final Sequences sequences;
  private final Access access;
  private final Clock clock;

  public TaxObjectService(
      TaxObjectRepository objects,
      TaxpayerRepository taxpayers,
      Sequences sequences,
      Access access,
      Clock clock) {
    this.objects = objects;
    this.taxpayers = taxpayers;
    this.sequences = sequences;
    this.access = access;
    this.clock = clock;
  }

  /**
   * @throws id.go.okikab.platform.web.problem.ValidationProblem an ill-formed NOP
   * @throws DomainRuleViolation {@code nop-outside-oki}, {@code nop-region-unknown} (nop), {@code
   *     unknown-taxpayer} (taxpayerId), {@code point-without-pair} (longitude)
   * @throws ConflictProblem when the NOP is registered
   */
  @Transactional
  public Versioned<TaxObjectView> register(RegisterTaxObject r) {
    Nop nop = Nop.parse(r.nop(), "nop");
    String desa =
        sequences
            .desaOfNop(nop.kecamatan(), nop.desa())
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "nop-region-unknown",
                        "The NOP's kecamatan and desa ("
                            + nop.kecamatan()
                            + "."
                            + nop.desa()
                            + ") are not in the PBB region mapping.",
                        "nop"));
    if ((r.longitude() == null) != (r.latitude() == null)) {
      throw new DomainRuleViolation(
          "point-without-pair", "Give both longitude and latitude, or neither.", "longitude");
    }
    Taxpayer taxpayer = taxpayers.findById(r.taxpayerId());
    if (taxpayer == null) {
      throw new DomainRuleViolation("unknown-taxpayer", "No taxpayer has this id.", "taxpayerId");
    }
    if (objects.count("nop", nop.digits()) > 0) {
      throw new ConflictProblem("A tax object with NOP " + nop.formatted() + " is registered.");
    }
    TaxObject o = new TaxObject();
    o.id = UUID.randomUUID();
    o.nop = nop.digits();
    o.taxpayerId = taxpayer.id;
    o.desaCode = desa;
    o.landArea = r.landArea();
    o.landValuePerM2 = r.landValuePerM2();
    o.buildingArea = r.buildingArea();
    o.buildingValuePerM2 = r.buildingValuePerM2();
    o.zntCode = r.zntCode();
    o.dbkbClass = r.dbkbClass();
    o.longitude = r.longitude();
    o.latitude = r.latitude();
    o.active = true;
    o.createdAt = OffsetDateTime.now(clock);
    objects.persist(o);
    objects.flush();
    return new Versioned<>(TaxObjectView.of(o), o.version);
  }

  @Transactional
  public Versioned<TaxObjectView> get(UUID id) {
    TaxObject o =
        objects.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("tax object", id));
    access.requireReader(taxpayers.findById(o.taxpayerId), "tax object", id);
    return new Versioned<>(TaxObjectView.of(o), o.version);
  }

  /** Staff only (the resource says so). */
  @Transactional
  public Page<TaxObjectView> list(UUID taxpayerId, String desaCode, PageRequest paging) {
    StringBuilder q = new StringBuilder("1 = 1");
    Parameters p = new Parameters();
    if (taxpayerId != null) {
      q.append(" and taxpayerId = :tp");
      p.and("tp", taxpayerId);
    }
    if (desaCode != null) {
      q.append(" and desaCode = :desa");
      p.and("desa", desaCode);
    }
    return Pages.of(objects.find(q.toString(), Sort.by("nop"), p), paging, TaxObjectView::of);
  }
}
