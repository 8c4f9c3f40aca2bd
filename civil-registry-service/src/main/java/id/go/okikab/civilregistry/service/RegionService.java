package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.config.CivilRegistryConfig;
import id.go.okikab.civilregistry.domain.Address;
import id.go.okikab.civilregistry.domain.Region;
import id.go.okikab.civilregistry.domain.RegionDirectory;
import id.go.okikab.civilregistry.repository.RegionRepository;
import id.go.okikab.civilregistry.service.CommonViews.AddressView;
import id.go.okikab.civilregistry.service.RegionViews.RegionRef;
import id.go.okikab.civilregistry.service.RegionViews.RegionView;
import id.go.okikab.platform.domain.InvalidIdentifierException;
import id.go.okikab.platform.domain.RegionCode;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Kemendagri region reference data. It changes only by migration, so it is read once into
 * memory: lookups on every request (address names, NIK rules) cost nothing.
 */
@ApplicationScoped
public class RegionService implements RegionDirectory {

  /** An immutable copy of a region row. */
  public record Entry(
      String code,
      RegionCode.Level level,
      String parentCode,
      String name,
      String kind,
      String bpsCode,
      String decree,
      boolean current) {}

  private record Snapshot(
      Map<String, Entry> byCode, Map<String, List<Entry>> children, Set<String> listedParents) {}

  private final RegionRepository regions;
  private final EntityManager entityManager;
  private final CivilRegistryConfig config;
  private volatile Snapshot snapshot;

  public RegionService(
      RegionRepository regions, EntityManager entityManager, CivilRegistryConfig config) {
    this.regions = regions;
    this.entityManager = entityManager;
    this.config = config;
  }

  private Snapshot snapshot() {
    Snapshot current = snapshot;
    if (current == null) {
      synchronized (this) {
        if (snapshot == null) {
          snapshot = QuarkusTransaction.requiringNew().call(this::load);
        }
        current = snapshot;
      }
    }
    return current;
  }

  private Snapshot load() {
    @SuppressWarnings("unchecked")
    List<Object[]> decrees =
        entityManager.createNativeQuery("SELECT id, decree FROM region_dataset").getResultList();
    Map<Short, String> decreeById = new HashMap<>();
    for (Object[] row : decrees) {
      decreeById.put(((Number) row[0]).shortValue(), (String) row[1]);
    }
    Map<String, Entry> byCode = new HashMap<>();
    Map<String, List<Entry>> children = new HashMap<>();
    Set<String> listed = new HashSet<>();
    for (Region region : regions.listAll()) {
      Entry entry =
          new Entry(
              region.code,
              region.level,
              region.parentCode,
              region.name,
              region.kind == null ? null : region.kind.name(),
              region.bpsCode,
              decreeById.get(region.datasetId),
              region.isCurrent());
      byCode.put(entry.code(), entry);
      if (entry.parentCode() != null) {
        children.computeIfAbsent(entry.parentCode(), k -> new ArrayList<>()).add(entry);
        listed.add(entry.parentCode());
      }
    }
    children.values().forEach(list -> list.sort(Comparator.comparing(Entry::code)));
    return new Snapshot(
        Collections.unmodifiableMap(byCode), Collections.unmodifiableMap(children), listed);
  }

  public Optional<Entry> find(String code) {
    return Optional.ofNullable(snapshot().byCode().get(code));
  }

  // ---- RegionDirectory (NIK and KK rules)

  @Override
  public boolean provinceKnown(String provinceCode) {
    return find(provinceCode).filter(e -> e.level() == RegionCode.Level.PROVINCE).isPresent();
  }

  @Override
  public boolean regenciesListed(String provinceCode) {
    return snapshot().listedParents().contains(provinceCode);
  }

  @Override
  public boolean regencyKnown(String regencyCode) {
    return find(regencyCode).filter(e -> e.level() == RegionCode.Level.REGENCY).isPresent();
  }

  @Override
  public boolean districtsListed(String regencyCode) {
    return snapshot().listedParents().contains(regencyCode);
  }

  @Override
  public boolean districtKnown(String districtCode) {
    return find(districtCode).filter(e -> e.level() == RegionCode.Level.DISTRICT).isPresent();
  }

  // ---- addresses

  /**
   * The desa/kelurahan code of an address in this regency, without dots.
   *
   * @throws DomainRuleViolation {@code desa-unknown} naming {@code field}
   */
  public String requireVillageInRegency(String desaCode, String field) {
    String digits = desaCode.replace(".", "");
    Optional<Entry> village =
        find(digits)
            .filter(e -> e.level() == RegionCode.Level.VILLAGE && e.current())
            .filter(e -> e.code().startsWith(config.regencyCode()));
    if (village.isEmpty()) {
      throw new DomainRuleViolation(
          "desa-unknown",
          "Not a current desa/kelurahan of regency " + config.regencyCode() + ".",
          field);
    }
    return digits;
  }

  /**
   * A regency or city outside this regency (destination or origin of a move), without dots.
   *
   * @throws DomainRuleViolation {@code regency-unknown} or {@code regency-is-this-regency}
   */
  public String requireOtherRegency(String code, String field) {
    String digits = code.replace(".", "");
    if (digits.equals(config.regencyCode())) {
      throw new DomainRuleViolation(
          "regency-is-this-regency",
          "A move within " + config.regencyCode() + " is a move within the regency.",
          field);
    }
    String province = digits.substring(0, 2);
    int number = Integer.parseInt(digits.substring(2));
    if (!provinceKnown(province)
        || number < 1
        || number == 70
        || regenciesListed(province) && !regencyKnown(digits)) {
      throw new DomainRuleViolation(
          "regency-unknown", "Not a Kemendagri regency or city code.", field);
    }
    return digits;
  }

  public AddressView describe(Address address) {
    if (address == null) {
      return null;
    }
    Entry desa = find(address.desaCode).orElse(null);
    Entry kecamatan = find(address.kecamatanCode()).orElse(null);
    return new AddressView(
        address.desaCode,
        desa == null ? null : desa.name(),
        address.kecamatanCode(),
        kecamatan == null ? null : kecamatan.name(),
        address.rt,
        address.rw,
        address.street);
  }

  // ---- the API

  public RegionView view(String code) {
    RegionCode parsed;
    try {
      parsed = RegionCode.parse(code);
    } catch (InvalidIdentifierException e) {
      throw new ValidationProblem("code", e.getMessage());
    }
    Entry entry =
        find(parsed.digits()).orElseThrow(() -> new NotFoundProblem("region", parsed.dotted()));
    return view(entry);
  }

  /**
   * Regions by parent (the children of {@code parentCode}) or by level, optionally filtered by a
   * name fragment, in code order.
   */
  public Page<RegionView> list(String parentCode, String level, String query, PageRequest paging) {
    paging.requireValid();
    List<Entry> candidates;
    if (parentCode != null) {
      String parent;
      try {
        parent = RegionCode.parse(parentCode).digits();
      } catch (InvalidIdentifierException e) {
        throw new ValidationProblem("parent", e.getMessage());
      }
      candidates = snapshot().children().getOrDefault(parent, List.of());
    } else {
      candidates =
          snapshot().byCode().values().stream().sorted(Comparator.comparing(Entry::code)).toList();
    }
    RegionCode.Level wanted = null;
    if (level != null) {
      try {
        wanted = RegionCode.Level.valueOf(level.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ValidationProblem("level", "must be one of PROVINCE, REGENCY, DISTRICT, VILLAGE");
      }
    }
    String fragment = query == null ? null : query.toLowerCase(Locale.ROOT);
    RegionCode.Level filterLevel = wanted;
    List<Entry> matching =
        candidates.stream()
            .filter(e -> filterLevel == null || e.level() == filterLevel)
            .filter(e -> fragment == null || e.name().toLowerCase(Locale.ROOT).contains(fragment))
            .toList();
    int from = (int) Math.min(paging.offset(), matching.size());
    int to = Math.min(from + paging.size(), matching.size());
    return Page.of(
        matching.subList(from, to).stream().map(this::view).toList(), paging, matching.size());
  }

  private RegionView view(Entry entry) {
    List<RegionRef> path = new ArrayList<>();
    String parent = entry.parentCode();
    while (parent != null) {
      Entry up = find(parent).orElse(null);
      if (up == null) {
        break;
      }
      path.add(0, new RegionRef(up.code(), up.level().name(), up.name()));
      parent = up.parentCode();
    }
    return new RegionView(
        entry.code(),
        RegionCode.parse(entry.code()).dotted(),
        entry.level().name(),
        entry.name(),
        entry.kind(),
        entry.parentCode(),
        entry.bpsCode(),
        entry.decree(),
        path);
  }
}
