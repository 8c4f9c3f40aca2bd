package id.go.okikab.marketplace.domain;

import id.go.okikab.contracts.marketplace.MerchantRegistered;
import id.go.okikab.contracts.marketplace.MerchantSuspended;
import id.go.okikab.contracts.marketplace.MerchantVerified;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A shop of the marketplace (the aggregate root). It opens PENDING; it is VERIFIED by a permit
 * issued for its NIB or by an admin, and only with a published return policy (PP 80/2019); it is
 * SUSPENDED when its permit is suspended or revoked, its owner dies, or by an admin; CLOSED for
 * good. Each transition returns the event it caused, or {@code null} when nothing changed.
 */
@Entity
@Table(name = "merchant")
public class Merchant {

  /** Why a shop was suspended (the contract's {@code cause}). */
  public enum SuspensionCause {
    PERMIT_SUSPENDED,
    PERMIT_REVOKED,
    OWNER_DECEASED,
    ADMIN
  }

  @Id public UUID id;

  @Column(name = "owner_ref")
  public String ownerRef;

  @Column(name = "owner_subject")
  public String ownerSubject;

  @Column(name = "business_name")
  public String businessName;

  public String nib;

  /** KBLI codes, comma-separated. */
  public String kbli;

  @Column(name = "declared_capital")
  public Long declaredCapital;

  @Column(name = "annual_turnover")
  public Long annualTurnover;

  @Enumerated(EnumType.STRING)
  @Column(name = "msme_class")
  public MsmeClass msmeClass;

  @Column(name = "desa_code")
  public String desaCode;

  @Column(name = "kecamatan_code")
  public String kecamatanCode;

  public String address;

  @Column(name = "postal_code")
  public String postalCode;

  @Column(name = "qris_nmid")
  public String qrisNmid;

  public String mcc;

  @Column(name = "return_policy")
  public String returnPolicy;

  @Column(name = "return_window_days")
  public int returnWindowDays;

  @Enumerated(EnumType.STRING)
  public MerchantStatus status;

  @Column(name = "verified_via")
  public String verifiedVia;

  @Column(name = "permit_id")
  public String permitId;

  @Enumerated(EnumType.STRING)
  @Column(name = "suspension_cause")
  public SuspensionCause suspensionCause;

  @Column(name = "registered_at")
  public OffsetDateTime registeredAt;

  @Column(name = "verified_at")
  public OffsetDateTime verifiedAt;

  @Version public long version;

  /** What a citizen declares when opening a shop. */
  public record Opening(
      String ownerRef,
      String ownerSubject,
      String businessName,
      String nib,
      List<String> kbli,
      Long declaredCapital,
      Long annualTurnover,
      MsmeClass msmeClass,
      String desaCode,
      String address,
      String postalCode,
      String qrisNmid,
      String returnPolicy,
      int returnWindowDays) {}

  /** A new PENDING shop and its {@code MerchantRegistered}. */
  public static Registered open(UUID id, Opening o, OffsetDateTime at) {
    Merchant m = new Merchant();
    m.id = id;
    m.ownerRef = o.ownerRef();
    m.ownerSubject = o.ownerSubject();
    m.businessName = o.businessName().trim();
    m.nib = o.nib();
    m.kbli = String.join(",", o.kbli());
    m.declaredCapital = o.declaredCapital();
    m.annualTurnover = o.annualTurnover();
    m.msmeClass = o.msmeClass();
    m.desaCode = o.desaCode();
    m.kecamatanCode = o.desaCode().substring(0, 6);
    m.address = o.address();
    m.postalCode = o.postalCode();
    m.qrisNmid = o.qrisNmid();
    m.mcc = "5499";
    m.returnPolicy = blankToNull(o.returnPolicy());
    m.returnWindowDays = o.returnWindowDays();
    m.status = MerchantStatus.PENDING;
    m.registeredAt = at;
    return new Registered(
        m,
        new MerchantRegistered(
            id.toString(), m.nib, m.ownerRef, m.msmeClass.name(), o.kbli(), m.desaCode, at));
  }

  /** A shop just opened and its event. */
  public record Registered(Merchant merchant, MerchantRegistered event) {}

  public List<String> kbliList() {
    return Arrays.asList(kbli.split(","));
  }

  public boolean sells() {
    return status == MerchantStatus.VERIFIED;
  }

  /** Whether it could be verified now: open, with a return policy and a QRIS NMID. */
  public boolean readyToVerify() {
    return status == MerchantStatus.PENDING && returnPolicy != null && qrisNmid != null;
  }

  /**
   * Verifies a PENDING shop (by its permit or an admin).
   *
   * @throws DomainRuleViolation {@code merchant-not-pending}, {@code return-policy-required},
   *     {@code qris-nmid-required}
   */
  public MerchantVerified verify(String via, String permit, OffsetDateTime at) {
    if (status != MerchantStatus.PENDING && status != MerchantStatus.SUSPENDED) {
      throw new DomainRuleViolation(
          "merchant-not-pending",
          "Only a pending (or suspended) shop can be verified; this one is " + status + ".",
          null);
    }
    if (returnPolicy == null) {
      throw new DomainRuleViolation(
          "return-policy-required",
          "A shop publishes its return and cancellation policy before it sells (PP 80/2019).",
          "returnPolicy");
    }
    if (qrisNmid == null) {
      throw new DomainRuleViolation(
          "qris-nmid-required", "A shop needs its QRIS NMID to be paid.", "qrisNmid");
    }
    status = MerchantStatus.VERIFIED;
    verifiedVia = via;
    permitId = permit;
    verifiedAt = at;
    suspensionCause = null;
    return new MerchantVerified(id.toString(), nib, ownerRef, via, permit, desaCode, at);
  }

  /** Suspends a pending or verified shop; {@code null} when it is already suspended or closed. */
  public MerchantSuspended suspend(SuspensionCause cause, OffsetDateTime at) {
    if (status == MerchantStatus.SUSPENDED || status == MerchantStatus.CLOSED) {
      return null;
    }
    status = MerchantStatus.SUSPENDED;
    suspensionCause = cause;
    return new MerchantSuspended(id.toString(), nib, ownerRef, cause.name(), desaCode, at);
  }

  /**
   * Closes the shop for good.
   *
   * @throws DomainRuleViolation {@code merchant-closed} when it already is
   */
  public void close() {
    if (status == MerchantStatus.CLOSED) {
      throw new DomainRuleViolation("merchant-closed", "The shop is already closed.", null);
    }
    status = MerchantStatus.CLOSED;
  }

  /** The owner's changes of the shop's published details (null fields unchanged). */
  public void amend(
      String newName,
      String newAddress,
      String newPostalCode,
      String newNmid,
      String newPolicy,
      Integer newWindow) {
    if (status == MerchantStatus.CLOSED) {
      throw new DomainRuleViolation("merchant-closed", "The shop is closed.", null);
    }
    if (newName != null) {
      businessName = newName.trim();
    }
    if (newAddress != null) {
      address = newAddress;
    }
    if (newPostalCode != null) {
      postalCode = newPostalCode;
    }
    if (newNmid != null) {
      qrisNmid = newNmid;
    }
    if (newPolicy != null) {
      if (newPolicy.isBlank() && status == MerchantStatus.VERIFIED) {
        throw new DomainRuleViolation(
            "return-policy-required",
            "A selling shop keeps its return policy published.",
            "returnPolicy");
      }
      returnPolicy = blankToNull(newPolicy);
    }
    if (newWindow != null) {
      returnWindowDays = newWindow;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
