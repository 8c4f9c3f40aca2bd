package id.go.okikab.tax.domain;

import id.go.okikab.contracts.tax.TaxpayerRegistered;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A regional taxpayer (wajib pajak daerah) with its NPWPD. A person's NIK is kept here only (for
 * the officer's lookup); everything else, events included, refers to them by subjectRef.
 */
@Entity
@Table(name = "taxpayer")
public class Taxpayer {

  @Id public UUID id;

  public String npwpd;

  @Enumerated(EnumType.STRING)
  public TaxpayerKind kind;

  /** Personal data: never in a log, an event or a list. */
  public String nik;

  @Column(name = "subject_ref")
  public String subjectRef;

  public String nib;

  public String name;

  public String address;

  @Column(name = "desa_code")
  public String desaCode;

  public boolean deceased;

  @Column(name = "deceased_on")
  public LocalDate deceasedOn;

  @Column(name = "heir_name")
  public String heirName;

  @Column(name = "heir_subject_ref")
  public String heirSubjectRef;

  @Column(name = "registered_at")
  public OffsetDateTime registeredAt;

  @Column(name = "registered_by")
  public String registeredBy;

  @Version public long version;

  /** A registered taxpayer and the event it caused. */
  public record Registered(Taxpayer taxpayer, TaxpayerRegistered event) {}

  /**
   * @param subjectRef the person's subjectRef (PERSON), or of the owner when known (BUSINESS)
   */
  public static Registered register(
      TaxpayerKind kind,
      String nik,
      String subjectRef,
      String nib,
      String name,
      String address,
      String desaCode,
      String npwpd,
      OffsetDateTime now,
      String actor) {
    Taxpayer t = new Taxpayer();
    t.id = UUID.randomUUID();
    t.kind = kind;
    t.nik = kind == TaxpayerKind.PERSON ? nik : null;
    t.subjectRef = subjectRef;
    t.nib = kind == TaxpayerKind.BUSINESS ? nib : null;
    t.name = name.trim();
    t.address = address;
    t.desaCode = desaCode;
    t.npwpd = npwpd;
    t.registeredAt = now;
    t.registeredBy = actor;
    return new Registered(
        t,
        new TaxpayerRegistered(
            t.id.toString(),
            npwpd,
            kind.name(),
            kind == TaxpayerKind.PERSON ? subjectRef : null,
            t.nib,
            desaCode,
            now));
  }

  /** Flags a person as deceased (civil-registry.DeathRegistered); bills stay. */
  public void died(LocalDate on) {
    deceased = true;
    deceasedOn = on;
  }

  /** Records the heir who now answers for the taxpayer's objects. */
  public void recordHeir(String heirName, String heirSubjectRef) {
    if (!deceased) {
      throw new DomainRuleViolation(
          "taxpayer-not-deceased", "An heir is recorded only for a deceased taxpayer.", null);
    }
    this.heirName = heirName.trim();
    this.heirSubjectRef = heirSubjectRef;
  }

  /** Whether a new SPPT may be issued to this taxpayer (not deceased without an heir). */
  public boolean mayBeAssessed() {
    return !deceased || heirSubjectRef != null;
  }

  /** The person whose own record this is (the taxpayer, or the heir of a deceased one). */
  public boolean belongsTo(String ref) {
    return ref != null && (ref.equals(subjectRef) || ref.equals(heirSubjectRef));
  }
}
