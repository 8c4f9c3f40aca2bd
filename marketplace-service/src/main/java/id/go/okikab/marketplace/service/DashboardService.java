package id.go.okikab.marketplace.service;

import id.go.okikab.marketplace.domain.Merchant;
import id.go.okikab.marketplace.repository.MerchantRepository;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The shop's dashboard (sales per day and month, top products, orders waiting for it) and the
 * admin's reports (shops per MSME class and kecamatan, GMV per kecamatan and month). GMV = what
 * buyers paid, net of refunds; months and days in the platform's zone (WIB).
 */
@ApplicationScoped
public class DashboardService {

  /** Statuses in which the money was taken. */
  static final String PAID_STATES =
      "('PAID','ACCEPTED_BY_MERCHANT','SHIPPED','READY_FOR_PICKUP','DELIVERED','COMPLETED',"
          + "'REFUND_REQUESTED','REFUND_REJECTED','DISPUTED','REFUNDED','CANCELLED')";

  public record DaySales(LocalDate day, long orders, long gmv) {}

  public record MonthSales(String month, long orders, long gmv) {}

  public record TopProduct(UUID productId, String name, long quantity, long amount) {}

  public record Dashboard(
      UUID merchantId,
      long ordersWaiting,
      long ordersAwaitingPayment,
      List<DaySales> days,
      List<MonthSales> months,
      List<TopProduct> topProducts) {}

  public record ClassCount(String kecamatanCode, String msmeClass, long merchants) {}

  public record KecamatanGmv(String kecamatanCode, String month, long orders, long gmv) {}

  public record Report(
      long verifiedMerchants, List<ClassCount> merchantsByClass, List<KecamatanGmv> gmv) {}

  private final EntityManager em;
  private final MerchantRepository merchants;
  private final Access access;
  private final Clock clock;
  private final ZoneId zone;

  public DashboardService(
      EntityManager em, MerchantRepository merchants, Access access, Clock clock, ZoneId zone) {
    this.em = em;
    this.merchants = merchants;
    this.access = access;
    this.clock = clock;
    this.zone = zone;
  }

  @Transactional
  public Dashboard dashboard(UUID merchantId) {
    Merchant shop = merchants.require(merchantId);
    if (!access.owns(shop) && !access.readsAll()) {
      throw new ForbiddenProblem("This shop belongs to someone else.");
    }
    LocalDate today = LocalDate.now(clock.withZone(zone));
    String z = zone.getId();
    long waiting =
        count(
            "SELECT count(*) FROM customer_order WHERE merchant_id = ?1 AND status = 'PAID'",
            merchantId);
    long awaiting =
        count(
            "SELECT count(*) FROM customer_order WHERE merchant_id = ?1 AND status = 'AWAITING_PAYMENT'",
            merchantId);
    List<DaySales> days =
        rows(
                "SELECT (paid_at AT TIME ZONE '"
                    + z
                    + "')::date AS d, count(*), sum(paid_amount - refunded_amount)"
                    + " FROM customer_order WHERE merchant_id = ?1 AND paid_at IS NOT NULL AND status IN "
                    + PAID_STATES
                    + " AND paid_at >= ?2 GROUP BY d ORDER BY d",
                merchantId,
                today.minusDays(29).atStartOfDay(zone).toOffsetDateTime())
            .stream()
            .map(r -> new DaySales(((java.sql.Date) r[0]).toLocalDate(), num(r[1]), num(r[2])))
            .toList();
    List<MonthSales> months =
        rows(
                "SELECT to_char(paid_at AT TIME ZONE '"
                    + z
                    + "', 'YYYY-MM') AS m, count(*), sum(paid_amount - refunded_amount)"
                    + " FROM customer_order WHERE merchant_id = ?1 AND paid_at IS NOT NULL AND status IN "
                    + PAID_STATES
                    + " AND paid_at >= ?2 GROUP BY m ORDER BY m",
                merchantId,
                today.withDayOfMonth(1).minusMonths(11).atStartOfDay(zone).toOffsetDateTime())
            .stream()
            .map(r -> new MonthSales((String) r[0], num(r[1]), num(r[2])))
            .toList();
    List<TopProduct> top =
        rows(
                "SELECT l.product_id, max(l.product_name), sum(l.quantity), sum(l.amount)"
                    + " FROM order_line l JOIN customer_order o ON o.id = l.order_id"
                    + " WHERE o.merchant_id = ?1 AND o.paid_at IS NOT NULL AND o.status NOT IN ('CANCELLED','REFUNDED')"
                    + " GROUP BY l.product_id ORDER BY sum(l.quantity) DESC, l.product_id LIMIT 5",
                merchantId)
            .stream()
            .map(r -> new TopProduct((UUID) r[0], (String) r[1], num(r[2]), num(r[3])))
            .toList();
    return new Dashboard(merchantId, waiting, awaiting, days, months, top);
  }

  @Transactional
  public Report report() {
    long verified = count("SELECT count(*) FROM merchant WHERE status = 'VERIFIED'", null);
    List<ClassCount> classes =
        rows(
                "SELECT kecamatan_code, msme_class, count(*) FROM merchant WHERE status = 'VERIFIED'"
                    + " GROUP BY kecamatan_code, msme_class ORDER BY kecamatan_code, msme_class")
            .stream()
            .map(r -> new ClassCount((String) r[0], (String) r[1], num(r[2])))
            .toList();
    String z = zone.getId();
    List<KecamatanGmv> gmv =
        rows(
                "SELECT kecamatan_code, to_char(paid_at AT TIME ZONE '"
                    + z
                    + "', 'YYYY-MM') AS m, count(*),"
                    + " sum(paid_amount - refunded_amount) FROM customer_order"
                    + " WHERE paid_at IS NOT NULL GROUP BY kecamatan_code, m ORDER BY m, kecamatan_code")
            .stream()
            .map(r -> new KecamatanGmv((String) r[0], (String) r[1], num(r[2]), num(r[3])))
            .toList();
    return new Report(verified, classes, gmv);
  }

  private long count(String sql, Object p1) {
    var q = em.createNativeQuery(sql);
    if (p1 != null) {
      q.setParameter(1, p1);
    }
    return num(q.getSingleResult());
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return q.getResultList();
  }

  private static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
