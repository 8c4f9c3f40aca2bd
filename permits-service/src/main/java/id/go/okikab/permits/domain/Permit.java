package id.go.okikab.permits.domain;

import id.go.okikab.contracts.permits.PermitEvent;
import id.go.okikab.contracts.permits.PermitExpired;
import id.go.okikab.contracts.permits.PermitIssued;
import id.go.okikab.contracts.permits.PermitRevoked;
import id.go.okikab.contracts.permits.PermitSuspended;
import id.go.okikab.platform.web.problem.ConflictProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An issued permit: active, suspended (and reinstated), revoked or expired. */
@Entity
@Table(name = "permit")
public class Permit {

  /** Its state. */
  public enum Status {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    EXPIRED
  }

  @Id public UUID id;

  @Column(name = "application_id")
  public UUID applicationId;

  @Column(name = "permit_number")
  public String permitNumber;

  @Column(name = "verification_code")
  public String verificationCode;

  @Column(name = "permit_type")
  public String permitType;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "applicant_kind")
  public String applicantKind;

  @Column(name = "owner_ref")
  public String ownerRef;

  public String nib;

  @Column(name = "holder_name")
  public String holderName;

  public String kbli;

  @Column(name = "risk_level")
  public String riskLevel;

  @Column(name = "desa_code")
  public String desaCode;

  @Column(name = "kecamatan_code")
  public String kecamatanCode;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_until")
  public LocalDate validUntil;

  @Column(name = "issued_at")
  public OffsetDateTime issuedAt;

  @Column(name = "status_reason")
  public String statusReason;

  @Column(name = "status_changed_at")
  public OffsetDateTime statusChangedAt;

  @Version public long version;

  /** The permit number: {@code IZN-<type>-<year>-<6-digit serial>}. */
  public static String number(String permitType, int year, long serial) {
    return String.format("IZN-%s-%d-%06d", permitType.replace('_', '-'), year, serial);
  }

  /** The permit of an application whose fee is paid (or has none). */
  public static Permit issue(
      PermitApplication application,
      PermitType type,
      String permitNumber,
      String verificationCode,
      String riskLevel,
      OffsetDateTime now,
      LocalDate today) {
    Permit p = new Permit();
    p.id = UUID.randomUUID();
    p.applicationId = application.id;
    p.permitNumber = permitNumber;
    p.verificationCode = verificationCode;
    p.permitType = type.code;
    p.status = Status.ACTIVE;
    p.applicantKind = application.applicantKind;
    p.ownerRef = application.ownerRef;
    p.nib = application.nib;
    p.holderName = application.holderName;
    p.kbli = application.kbli;
    p.riskLevel = riskLevel;
    p.desaCode = application.desaCode;
    p.kecamatanCode = application.kecamatanCode;
    p.validFrom = today;
    p.validUntil =
        type.validityMonths == null ? null : today.plusMonths(type.validityMonths).minusDays(1);
    p.issuedAt = now;
    return p;
  }

  public List<String> kbliList() {
    return kbli == null || kbli.isBlank() ? List.of() : Arrays.asList(kbli.split(","));
  }

  private String subjectRef() {
    return "PERSON".equals(applicantKind) ? ownerRef : null;
  }

  public PermitIssued issued() {
    return new PermitIssued(
        id.toString(),
        applicationId.toString(),
        permitNumber,
        permitType,
        subjectRef(),
        nib,
        kbliList(),
        riskLevel,
        validFrom,
        validUntil,
        desaCode,
        issuedAt);
  }

  /**
   * @throws ConflictProblem unless active
   */
  public PermitSuspended suspend(String reasonCode, OffsetDateTime now) {
    require(Status.ACTIVE, "suspended");
    status = Status.SUSPENDED;
    statusReason = reasonCode;
    statusChangedAt = now;
    return new PermitSuspended(id.toString(), permitType, subjectRef(), nib, reasonCode, now);
  }

  /**
   * Back to active; there is no event of its own (the contract has none): the holder's record shows
   * the change.
   *
   * @throws ConflictProblem unless suspended
   */
  public void reinstate(String reasonCode, OffsetDateTime now) {
    require(Status.SUSPENDED, "reinstated");
    status = Status.ACTIVE;
    statusReason = reasonCode;
    statusChangedAt = now;
  }

  /**
   * @throws ConflictProblem when revoked or expired already
   */
  public PermitRevoked revoke(String reasonCode, OffsetDateTime now) {
    if (status != Status.ACTIVE && status != Status.SUSPENDED) {
      throw new ConflictProblem("The permit is " + status + "; it cannot be revoked.");
    }
    status = Status.REVOKED;
    statusReason = reasonCode;
    statusChangedAt = now;
    return new PermitRevoked(id.toString(), permitType, subjectRef(), nib, reasonCode, now);
  }

  /** Expires it when its validity ended before {@code today} (active or suspended only). */
  public Optional<PermitEvent> expireIfDue(LocalDate today, OffsetDateTime now) {
    if (validUntil == null
        || !today.isAfter(validUntil)
        || (status != Status.ACTIVE && status != Status.SUSPENDED)) {
      return Optional.empty();
    }
    status = Status.EXPIRED;
    statusReason = "VALIDITY_ENDED";
    statusChangedAt = now;
    return Optional.of(
        new PermitExpired(id.toString(), permitType, subjectRef(), nib, validUntil.plusDays(1)));
  }

  private void require(Status expected, String verb) {
    if (status != expected) {
      throw new ConflictProblem("The permit is " + status + "; it cannot be " + verb + ".");
    }
  }

  /** The holder's name masked for the public: the first two letters of each word. */
  public static String mask(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      int keep = Math.min(2, word.length());
      out.append(word, 0, keep).append("*".repeat(Math.max(1, word.length() - keep)));
    }
    return out.toString();
  }
}
