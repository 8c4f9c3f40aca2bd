package id.go.okikab.platform.web.payment;

import id.go.okikab.platform.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * Payment notifications acted on once, for good: the ledger {@code payment_notification} keyed by
 * the provider and the bank's reference. The first notification runs the service's effect (record
 * the payment, settle the bill, mark the order paid) in the same transaction as its ledger row; the
 * same notification again — a retry, a concurrent duplicate, a resend weeks later — returns the
 * first one's result without acting; a different notification under a reference already used is
 * refused (409 {@code payment-reference-reused}).
 *
 * <pre>
 * &#64;Transactional
 * public PaymentView receive(PaymentNotification n) {
 *   String paymentId = notifications.once(provider, n, first -> record(first).id.toString());
 *   return view(paymentId);
 * }
 * </pre>
 */
@ApplicationScoped
public class PaymentNotifications {

  /** The problem type of a reference reused for a different payment. */
  public static final String REFERENCE_REUSED = "payment-reference-reused";

  private final EntityManager entityManager;
  private final Clock clock;

  PaymentNotifications(EntityManager entityManager, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /**
   * Runs {@code effect} for the first notification with this reference and stores the id it
   * returns; returns that id (the first one's, for a repeat).
   *
   * @param provider who notified (the client id of the token), so that two banks' references cannot
   *     collide
   * @throws ProblemException 409 {@value #REFERENCE_REUSED} when the reference was used for a
   *     different billing code, amount or time
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String once(
      String provider,
      PaymentNotification notification,
      Function<PaymentNotification, String> effect) {
    // PostgreSQL keeps microseconds: a time sent with nanoseconds is stored truncated, so the
    // repeat of the same notification must be compared at the precision that was stored
    java.time.Instant paidAt = notification.paidAt().toInstant().truncatedTo(ChronoUnit.MICROS);
    int inserted =
        entityManager
            .createNativeQuery(
                """
                INSERT INTO payment_notification
                    (provider, reference, billing_code, amount, paid_at, channel, received_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (provider, reference) DO NOTHING
                """)
            .setParameter(1, provider)
            .setParameter(2, notification.reference())
            .setParameter(3, notification.billingCode())
            .setParameter(4, notification.amount())
            .setParameter(5, notification.paidAt().truncatedTo(ChronoUnit.MICROS))
            .setParameter(6, notification.channel())
            .setParameter(7, OffsetDateTime.now(clock))
            .executeUpdate();
    if (inserted == 1) {
      String resultId = effect.apply(notification);
      entityManager
          .createNativeQuery(
              "UPDATE payment_notification SET result_id = ?3 WHERE provider = ?1 AND reference = ?2")
          .setParameter(1, provider)
          .setParameter(2, notification.reference())
          .setParameter(3, resultId)
          .executeUpdate();
      return resultId;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT billing_code, amount, paid_at, result_id FROM payment_notification"
                    + " WHERE provider = ?1 AND reference = ?2")
            .setParameter(1, provider)
            .setParameter(2, notification.reference())
            .getResultList();
    Object[] first = rows.get(0);
    boolean same =
        first[0].equals(notification.billingCode())
            && ((Number) first[1]).longValue() == notification.amount()
            && instant(first[2]).truncatedTo(ChronoUnit.MICROS).equals(paidAt);
    if (!same || first[3] == null) {
      throw new ProblemException(
          409,
          REFERENCE_REUSED,
          "Payment reference already used",
          "This bank reference was already notified for a different payment; a notification is"
              + " identified by its reference and is acted on once.",
          List.of(new id.go.okikab.platform.web.problem.FieldError("reference", "already used")));
    }
    return (String) first[3];
  }

  private static java.time.Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.time.Instant instant) {
      return instant;
    }
    return ((java.sql.Timestamp) value).toInstant();
  }
}
