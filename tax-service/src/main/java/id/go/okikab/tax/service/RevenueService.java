package id.go.okikab.tax.service;

import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import id.go.okikab.tax.domain.PbjtType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Regional finance's view: the year's revenue target per tax type (editable with history), the
 * realisation (payments recorded, by paid date in WIB) per tax type, month, kecamatan and channel,
 * and the reconciliation of the RKUD bank's statement against recorded payments (nothing changed).
 */
@ApplicationScoped
public class RevenueService {

  /** The tax types a target is set for. */
  public static final Set<String> TAX_TYPES;

  static {
    java.util.TreeSet<String> types = new java.util.TreeSet<>(List.of("PBB_P2", "BPHTB"));
    for (PbjtType t : PbjtType.values()) {
      types.add(t.name());
    }
    TAX_TYPES = java.util.Collections.unmodifiableSet(types);
  }

  private final EntityManager em;
  private final Access access;
  private final Clock clock;
  private final ZoneId zone;

  public RevenueService(EntityManager em, Access access, Clock clock, ZoneId zone) {
    this.em = em;
    this.access = access;
    this.clock = clock;
    this.zone = zone;
  }

  public record SetTarget(@NotNull @Min(0) @Max(1_000_000_000_000_000L) Long target) {}

  public record TargetView(
      int taxYear, String taxType, long target, OffsetDateTime updatedAt, String updatedBy) {}

  public record TargetChange(long target, OffsetDateTime changedAt, String changedBy) {}

  public record Realisation(String taxType, long target, long realised, Double percent) {}

  public record RealisationView(
      int year,
      long target,
      long realised,
      List<Realisation> byTaxType,
      Map<String, Long> byMonth,
      Map<String, Long> byKecamatan,
      Map<String, Long> byChannel) {}

  public record StatementLine(
      @NotBlank @Size(max = 64) String reference,
      @NotNull @Min(1) Long amount,
      @NotNull LocalDate date) {}

  public record Statement(
      @NotNull @Size(min = 1, max = 100_000) List<@Valid @NotNull StatementLine> lines) {}

  public record Line(
      String reference, Long bankAmount, Long recordedAmount, LocalDate date, String billingCode) {}

  public record Reconciliation(
      LocalDate from,
      LocalDate to,
      int matched,
      List<Line> amountMismatch,
      List<Line> missingInBank,
      List<Line> unknownInSystem) {}

  private static void requireType(String taxType) {
    if (!TAX_TYPES.contains(taxType)) {
      throw new ValidationProblem("taxType", "must be one of " + TAX_TYPES);
    }
  }

  /** Creates the target, or changes it with If-Match; every change is kept. */
  @Transactional
  public Versioned<TargetView> setTarget(int year, String taxType, String ifMatch, SetTarget s) {
    requireType(taxType);
    OffsetDateTime now = OffsetDateTime.now(clock);
    @SuppressWarnings("unchecked")
    List<Object> versions =
        em.createNativeQuery(
                "SELECT version FROM revenue_target WHERE tax_year = ?1 AND tax_type = ?2 FOR UPDATE")
            .setParameter(1, year)
            .setParameter(2, taxType)
            .getResultList();
    long version;
    if (versions.isEmpty()) {
      em.createNativeQuery(
              "INSERT INTO revenue_target (tax_year, tax_type, target, updated_at, updated_by)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, year)
          .setParameter(2, taxType)
          .setParameter(3, s.target())
          .setParameter(4, now)
          .setParameter(5, access.actor())
          .executeUpdate();
      version = 0;
    } else {
      long current = ((Number) versions.get(0)).longValue();
      Preconditions.requireIfMatch(ifMatch, current);
      version = current + 1;
      em.createNativeQuery(
              "UPDATE revenue_target SET target = ?3, updated_at = ?4, updated_by = ?5,"
                  + " version = ?6 WHERE tax_year = ?1 AND tax_type = ?2")
          .setParameter(1, year)
          .setParameter(2, taxType)
          .setParameter(3, s.target())
          .setParameter(4, now)
          .setParameter(5, access.actor())
          .setParameter(6, version)
          .executeUpdate();
    }
    em.createNativeQuery(
            "INSERT INTO revenue_target_history (tax_year, tax_type, target, changed_at, changed_by)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, year)
        .setParameter(2, taxType)
        .setParameter(3, s.target())
        .setParameter(4, now)
        .setParameter(5, access.actor())
        .executeUpdate();
    return new Versioned<>(new TargetView(year, taxType, s.target(), now, access.actor()), version);
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public List<TargetChange> history(int year, String taxType) {
    requireType(taxType);
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT target, changed_at, changed_by FROM revenue_target_history"
                    + " WHERE tax_year = ?1 AND tax_type = ?2 ORDER BY id")
            .setParameter(1, year)
            .setParameter(2, taxType)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundProblem("revenue target", year + "/" + taxType);
    }
    return rows.stream()
        .map(r -> new TargetChange(((Number) r[0]).longValue(), time(r[1]), (String) r[2]))
        .toList();
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public RealisationView realisation(int year) {
    Map<String, Long> targets = new TreeMap<>();
    for (Object[] r :
        (List<Object[]>)
            em.createNativeQuery("SELECT tax_type, target FROM revenue_target WHERE tax_year = ?1")
                .setParameter(1, year)
                .getResultList()) {
      targets.put((String) r[0], ((Number) r[1]).longValue());
    }
    String local = "(p.paid_at AT TIME ZONE '" + zone.getId() + "')";
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT b.tax_type, to_char("
                    + local
                    + ", 'YYYY-MM'), coalesce(substr(b.desa_code, 1, 6), '000000'), p.channel,"
                    + " sum(p.amount) FROM payment p JOIN bill b ON b.id = p.bill_id"
                    + " WHERE extract(year FROM "
                    + local
                    + ") = ?1 GROUP BY 1, 2, 3, 4")
            .setParameter(1, year)
            .getResultList();
    Map<String, Long> byType = new TreeMap<>();
    Map<String, Long> byMonth = new TreeMap<>();
    Map<String, Long> byKecamatan = new TreeMap<>();
    Map<String, Long> byChannel = new TreeMap<>();
    long realised = 0;
    for (Object[] r : rows) {
      long amount = ((Number) r[4]).longValue();
      realised += amount;
      byType.merge((String) r[0], amount, Long::sum);
      byMonth.merge((String) r[1], amount, Long::sum);
      byKecamatan.merge((String) r[2], amount, Long::sum);
      byChannel.merge((String) r[3], amount, Long::sum);
    }
    List<Realisation> perType = new ArrayList<>();
    java.util.TreeSet<String> types = new java.util.TreeSet<>(targets.keySet());
    types.addAll(byType.keySet());
    for (String t : types) {
      long target = targets.getOrDefault(t, 0L);
      long got = byType.getOrDefault(t, 0L);
      perType.add(new Realisation(t, target, got, percent(got, target)));
    }
    long target = targets.values().stream().mapToLong(Long::longValue).sum();
    return new RealisationView(year, target, realised, perType, byMonth, byKecamatan, byChannel);
  }

  private static Double percent(long got, long target) {
    return target == 0 ? null : Math.round(10_000.0 * got / target) / 100.0;
  }

  /**
   * Matches a bank statement to the payments recorded between its first and last date (WIB):
   * matched, amount mismatch, missing in the bank's statement, unknown in the system.
   */
  @Transactional
  @SuppressWarnings("unchecked")
  public Reconciliation reconcile(Statement s) {
    LocalDate from = s.lines().stream().map(StatementLine::date).min(LocalDate::compareTo).get();
    LocalDate to = s.lines().stream().map(StatementLine::date).max(LocalDate::compareTo).get();
    Map<String, StatementLine> bank = new LinkedHashMap<>();
    for (StatementLine l : s.lines()) {
      if (bank.put(l.reference(), l) != null) {
        throw new ValidationProblem("lines", "reference " + l.reference() + " is listed twice");
      }
    }
    String local = "(p.paid_at AT TIME ZONE '" + zone.getId() + "')";
    List<Object[]> inRange =
        em.createNativeQuery(
                "SELECT p.reference, p.amount, CAST("
                    + local
                    + " AS date), b.billing_code"
                    + " FROM payment p JOIN bill b ON b.id = p.bill_id"
                    + " WHERE CAST("
                    + local
                    + " AS date) BETWEEN ?1 AND ?2")
            .setParameter(1, from)
            .setParameter(2, to)
            .getResultList();
    Map<String, Object[]> recorded = new HashMap<>();
    inRange.forEach(r -> recorded.put((String) r[0], r));
    List<Object[]> others =
        em.createNativeQuery(
                "SELECT p.reference, p.amount, CAST("
                    + local
                    + " AS date), b.billing_code"
                    + " FROM payment p JOIN bill b ON b.id = p.bill_id WHERE p.reference IN (?1)")
            .setParameter(1, new ArrayList<>(bank.keySet()))
            .getResultList();
    others.forEach(r -> recorded.putIfAbsent((String) r[0], r));
    int matched = 0;
    List<Line> mismatch = new ArrayList<>();
    List<Line> unknown = new ArrayList<>();
    for (StatementLine l : bank.values()) {
      Object[] r = recorded.get(l.reference());
      if (r == null) {
        unknown.add(new Line(l.reference(), l.amount(), null, l.date(), null));
      } else if (((Number) r[1]).longValue() != l.amount()) {
        mismatch.add(
            new Line(
                l.reference(), l.amount(), ((Number) r[1]).longValue(), l.date(), (String) r[3]));
      } else {
        matched++;
      }
    }
    List<Line> missing = new ArrayList<>();
    for (Object[] r : inRange) {
      if (!bank.containsKey((String) r[0])) {
        missing.add(
            new Line((String) r[0], null, ((Number) r[1]).longValue(), date(r[2]), (String) r[3]));
      }
    }
    return new Reconciliation(from, to, matched, mismatch, missing, unknown);
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private OffsetDateTime time(Object value) {
    java.time.Instant instant;
    if (value instanceof java.time.Instant i) {
      instant = i;
    } else if (value instanceof OffsetDateTime o) {
      instant = o.toInstant();
    } else {
      instant = ((java.sql.Timestamp) value).toInstant();
    }
    return instant.atZone(zone).toOffsetDateTime();
  }
}
