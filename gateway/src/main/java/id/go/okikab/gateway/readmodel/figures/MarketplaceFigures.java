package id.go.okikab.gateway.readmodel.figures;

import id.go.okikab.contracts.marketplace.MerchantSuspended;
import id.go.okikab.contracts.marketplace.MerchantVerified;
import id.go.okikab.contracts.marketplace.OrderCompleted;
import id.go.okikab.contracts.marketplace.OrderPaid;
import id.go.okikab.contracts.marketplace.OrderPlaced;
import id.go.okikab.gateway.readmodel.DashboardCounts;
import id.go.okikab.gateway.readmodel.ReadModelProjection;
import id.go.okikab.platform.events.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The marketplace on the dashboard, per kecamatan and month (WIB): shops verified, the change in
 * active (verified) shops ({@code dashboard_merchant} keeps each shop's state so a verification or
 * suspension counts only when it changes it), orders placed, paid and completed, and GMV (rupiah
 * paid, by the month of payment).
 */
@ApplicationScoped
public class MarketplaceFigures implements ReadModelProjection {

  public static final String MERCHANTS_VERIFIED = "merchants-verified";
  public static final String ACTIVE_MERCHANTS_CHANGE = "active-merchants-change";
  public static final String ORDERS_PLACED = "orders-placed";
  public static final String ORDERS_PAID = "orders-paid";
  public static final String ORDERS_COMPLETED = "orders-completed";
  public static final String GMV = "marketplace-gmv";

  private final DashboardCounts counts;
  private final EntityManager entityManager;

  MarketplaceFigures(DashboardCounts counts, EntityManager entityManager) {
    this.counts = counts;
    this.entityManager = entityManager;
  }

  @Override
  public void apply(IncomingEvent event) {
    event
        .as(MerchantVerified.class)
        .ifPresent(
            v -> {
              counts.count(MERCHANTS_VERIFIED, v.desaCode(), v.verifiedAt());
              if (setActive(v.merchantId(), v.desaCode(), true)) {
                counts.add(
                    ACTIVE_MERCHANTS_CHANGE, v.desaCode(), counts.localDate(v.verifiedAt()), 1);
              }
            });
    event
        .as(MerchantSuspended.class)
        .ifPresent(
            s -> {
              if (setActive(s.merchantId(), s.desaCode(), false)) {
                counts.add(
                    ACTIVE_MERCHANTS_CHANGE, s.desaCode(), counts.localDate(s.suspendedAt()), -1);
              }
            });
    event
        .as(OrderPlaced.class)
        .ifPresent(o -> counts.count(ORDERS_PLACED, o.desaCode(), o.placedAt()));
    event
        .as(OrderPaid.class)
        .ifPresent(
            p -> {
              counts.count(ORDERS_PAID, p.desaCode(), p.paidAt());
              counts.add(GMV, p.desaCode(), counts.localDate(p.paidAt()), p.amount());
            });
    event
        .as(OrderCompleted.class)
        .ifPresent(c -> counts.count(ORDERS_COMPLETED, c.desaCode(), c.completedAt()));
  }

  /**
   * Sets a shop's state; whether it changed (a shop first seen suspended was never active). A
   * shop's events come in order (key = its id), one at a time.
   */
  private boolean setActive(String merchantId, String desaCode, boolean active) {
    @SuppressWarnings("unchecked")
    List<Object> before =
        entityManager
            .createNativeQuery("SELECT active FROM dashboard_merchant WHERE merchant_id = ?1")
            .setParameter(1, merchantId)
            .getResultList();
    entityManager
        .createNativeQuery(
            "INSERT INTO dashboard_merchant (merchant_id, kecamatan, active) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (merchant_id) DO UPDATE SET active = EXCLUDED.active")
        .setParameter(1, merchantId)
        .setParameter(2, DashboardCounts.kecamatan(desaCode))
        .setParameter(3, active)
        .executeUpdate();
    boolean was = !before.isEmpty() && Boolean.TRUE.equals(before.get(0));
    return was != active;
  }

  @Override
  public List<String> tables() {
    return List.of("dashboard_merchant");
  }
}
