package id.go.okikab.tax.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import id.go.okikab.tax.domain.PbbRule;
import id.go.okikab.tax.domain.PbjtType;
import id.go.okikab.tax.domain.TaxYearRule;
import id.go.okikab.tax.repository.TaxYearRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-year reference data (rates, NJOPTKP, minimum payable, due dates, interest), read by
 * staff, edited by a tax officer with If-Match; every edit is kept with who and when. Bills already
 * issued keep the figures they were issued with.
 */
@ApplicationScoped
public class ReferenceDataService {

  private final TaxYearRuleRepository rules;
  private final Access access;
  private final ObjectMapper json;
  private final Clock clock;

  public ReferenceDataService(
      TaxYearRuleRepository rules, Access access, ObjectMapper json, Clock clock) {
    this.rules = rules;
    this.access = access;
    this.json = json;
    this.clock = clock;
  }

  public record TaxYearView(
      int taxYear,
      int pbbRatePpm,
      int pbbAssessedPercent,
      long njoptkp,
      long minimumPayable,
      LocalDate pbbDueDate,
      int interestPercentPerMonth,
      int interestMaxMonths,
      int pbjtDueDay,
      Map<String, Integer> pbjtRatesPpm,
      int bphtbRatePpm,
      long npoptkpFirst,
      long npoptkpInheritance,
      OffsetDateTime updatedAt,
      String updatedBy) {

    static TaxYearView of(TaxYearRule r) {
      return new TaxYearView(
          r.taxYear,
          r.pbbRatePpm,
          r.pbbAssessedPercent,
          r.njoptkp,
          r.minimumPayable,
          r.pbbDueDate,
          r.interestPercentPerMonth,
          r.interestMaxMonths,
          r.pbjtDueDay,
          new TreeMap<>(r.pbjtRates),
          r.bphtbRatePpm,
          r.npoptkpFirst,
          r.npoptkpInheritance,
          r.updatedAt,
          r.updatedBy);
    }
  }

  /** A year's new figures (all of them). */
  public record UpdateTaxYear(
      @NotNull @Min(1) @Max(PbbRule.MAX_RATE_PPM) Integer pbbRatePpm,
      @NotNull @Min(20) @Max(100) Integer pbbAssessedPercent,
      @NotNull @Min(10_000_000) Long njoptkp,
      @NotNull @Min(0) Long minimumPayable,
      @NotNull LocalDate pbbDueDate,
      @NotNull @Min(0) @Max(10) Integer interestPercentPerMonth,
      @NotNull @Min(0) @Max(60) Integer interestMaxMonths,
      @NotNull @Min(1) @Max(28) Integer pbjtDueDay,
      @NotNull Map<PbjtType, @NotNull @Min(0) @Max(750_000) Integer> pbjtRatesPpm,
      @NotNull @Min(0) @Max(50_000) Integer bphtbRatePpm,
      @NotNull @Min(0) Long npoptkpFirst,
      @NotNull @Min(0) Long npoptkpInheritance) {}

  public record HistoryEntry(
      OffsetDateTime changedAt, String changedBy, Map<String, Object> rule) {}

  @Transactional
  public Versioned<TaxYearView> get(int year) {
    TaxYearRule r = require(year);
    return new Versioned<>(TaxYearView.of(r), r.version);
  }

  /**
   * @throws ValidationProblem {@code pbbDueDate} outside the year; a PBJT sub-type missing
   */
  @Transactional
  public Versioned<TaxYearView> update(int year, String ifMatch, UpdateTaxYear u) {
    TaxYearRule r = require(year);
    Preconditions.requireIfMatch(ifMatch, r.version);
    if (u.pbbDueDate().getYear() != year) {
      throw new ValidationProblem("pbbDueDate", "must lie in tax year " + year);
    }
    for (PbjtType t : PbjtType.values()) {
      if (!u.pbjtRatesPpm().containsKey(t)) {
        throw new ValidationProblem("pbjtRatesPpm", "needs a rate for " + t.name());
      }
      int rate = u.pbjtRatesPpm().get(t);
      if (t != PbjtType.PBJT_ENTERTAINMENT && rate > 100_000) {
        throw new ValidationProblem("pbjtRatesPpm." + t.name(), "must be at most 10% (100000)");
      }
    }
    r.pbbRatePpm = u.pbbRatePpm();
    r.pbbAssessedPercent = u.pbbAssessedPercent();
    r.njoptkp = u.njoptkp();
    r.minimumPayable = u.minimumPayable();
    r.pbbDueDate = u.pbbDueDate();
    r.interestPercentPerMonth = u.interestPercentPerMonth();
    r.interestMaxMonths = u.interestMaxMonths();
    r.pbjtDueDay = u.pbjtDueDay();
    Map<String, Integer> rates = new TreeMap<>();
    u.pbjtRatesPpm().forEach((k, v) -> rates.put(k.name(), v));
    r.pbjtRates = rates;
    r.bphtbRatePpm = u.bphtbRatePpm();
    r.npoptkpFirst = u.npoptkpFirst();
    r.npoptkpInheritance = u.npoptkpInheritance();
    r.updatedAt = OffsetDateTime.now(clock);
    r.updatedBy = access.actor();
    rules.flush();
    try {
      rules
          .getEntityManager()
          .createNativeQuery(
              "INSERT INTO tax_year_rule_history (tax_year, changed_at, changed_by, rule)"
                  + " VALUES (?1, ?2, ?3, CAST(?4 AS jsonb))")
          .setParameter(1, year)
          .setParameter(2, r.updatedAt)
          .setParameter(3, r.updatedBy)
          .setParameter(4, json.writeValueAsString(TaxYearView.of(r)))
          .executeUpdate();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new Versioned<>(TaxYearView.of(r), r.version);
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public List<HistoryEntry> history(int year) {
    require(year);
    List<Object[]> rows =
        rules
            .getEntityManager()
            .createNativeQuery(
                "SELECT changed_at, changed_by, CAST(rule AS text) FROM tax_year_rule_history"
                    + " WHERE tax_year = ?1 ORDER BY id")
            .setParameter(1, year)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              try {
                return new HistoryEntry(
                    time(row[0]), (String) row[1], json.readValue((String) row[2], Map.class));
              } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private OffsetDateTime time(Object value) {
    java.time.Instant instant;
    if (value instanceof java.time.Instant i) {
      instant = i;
    } else if (value instanceof OffsetDateTime o) {
      instant = o.toInstant();
    } else if (value instanceof java.sql.Timestamp t) {
      instant = t.toInstant();
    } else {
      throw new IllegalStateException("unexpected " + value.getClass());
    }
    return instant.atZone(clock.getZone()).toOffsetDateTime();
  }

  private TaxYearRule require(int year) {
    return rules.findByIdOptional(year).orElseThrow(() -> new NotFoundProblem("tax year", year));
  }
}
