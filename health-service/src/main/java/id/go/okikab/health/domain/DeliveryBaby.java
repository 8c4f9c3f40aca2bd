package id.go.okikab.health.domain;

import id.go.okikab.platform.domain.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/** A baby of a recorded delivery, live-born or stillborn. */
@Entity
@Table(name = "delivery_baby")
@IdClass(DeliveryBaby.Key.class)
public class DeliveryBaby {

  @Id
  @Column(name = "pregnancy_id")
  public UUID pregnancyId;

  @Id
  @Column(name = "birth_order")
  public int birthOrder;

  @Column(name = "born_at")
  public OffsetDateTime bornAt;

  @Enumerated(EnumType.STRING)
  public BirthOutcome outcome;

  @Enumerated(EnumType.STRING)
  public Sex sex;

  @Column(name = "weight_grams")
  public int weightGrams;

  @Column(name = "length_mm")
  public int lengthMm;

  /** The child's record, for a live birth. */
  @Column(name = "child_id")
  public UUID childId;

  /** A baby of a delivery, as {@link Pregnancy#deliver} records it (no child record yet). */
  static DeliveryBaby of(UUID pregnancyId, int birthOrder, Pregnancy.Baby baby) {
    DeliveryBaby b = new DeliveryBaby();
    b.pregnancyId = pregnancyId;
    b.birthOrder = birthOrder;
    b.bornAt = baby.bornAt();
    b.outcome = baby.outcome();
    b.sex = baby.sex();
    b.weightGrams = baby.weightGrams();
    b.lengthMm = baby.lengthMillimetres();
    return b;
  }

  public boolean isLiveBirth() {
    return outcome == BirthOutcome.LIVE_BIRTH;
  }

  /**
   * Opens the child's record of a live-born baby (no event of its own: the delivery's {@code
   * BirthReported} names it).
   *
   * @param zone the zone of the child's birth date
   * @throws IllegalStateException for a stillbirth, or when the record is already open
   */
  public Child openChildRecord(Pregnancy pregnancy, ZoneId zone, OffsetDateTime now) {
    if (!isLiveBirth() || childId != null) {
      throw new IllegalStateException("a child record is opened once, for a live birth");
    }
    Child child = Child.bornAt(pregnancy, this, bornAt.atZoneSameInstant(zone).toLocalDate(), now);
    childId = child.id;
    return child;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public UUID pregnancyId;
    public int birthOrder;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(k.pregnancyId, pregnancyId)
          && k.birthOrder == birthOrder;
    }

    @Override
    public int hashCode() {
      return Objects.hash(pregnancyId, birthOrder);
    }
  }
}
