package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.config.CivilRegistryConfig;
import id.go.okikab.civilregistry.domain.CertificateType;
import id.go.okikab.civilregistry.repository.FamilyRepository;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.repository.Serials;
import id.go.okikab.platform.domain.KkNumber;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.OptionalInt;

/**
 * The numbers the registry issues: NIKs for newborns, KK numbers, document and move numbers. Each
 * takes the next serial of its series under a row lock held to the end of the caller's transaction,
 * and skips numbers already in use (NIKs and KK numbers recorded from elsewhere).
 */
@ApplicationScoped
public class Numbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("ddMMyyyy");

  private final Serials serials;
  private final ResidentRepository residents;
  private final FamilyRepository families;
  private final CivilRegistryConfig config;

  public Numbers(
      Serials serials,
      ResidentRepository residents,
      FamilyRepository families,
      CivilRegistryConfig config) {
    this.serials = serials;
    this.residents = residents;
    this.families = families;
    this.config = config;
  }

  /**
   * A new NIK: the kecamatan of the family, the date of birth (+40 for girls), the next free
   * serial.
   *
   * @throws DomainRuleViolation {@code nik-serials-exhausted} after serial 9999
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Nik newNik(String kecamatanCode, LocalDate birthDate, Sex sex) {
    String prefix = Nik.of(kecamatanCode, birthDate, sex, 1).value().substring(0, 12);
    while (true) {
      OptionalInt serial = serials.nextNikSerial(prefix);
      if (serial.isEmpty()) {
        throw new DomainRuleViolation(
            "nik-serials-exhausted",
            "All 9,999 NIK serials of this kecamatan and date of birth are used.",
            "birthDate");
      }
      Nik nik = Nik.of(kecamatanCode, birthDate, sex, serial.getAsInt());
      if (!residents.nikTaken(nik.value())) {
        return nik;
      }
    }
  }

  /**
   * A new KK number: the kecamatan of the family's address, the date of issue, the next free
   * serial.
   *
   * @throws DomainRuleViolation {@code kk-serials-exhausted} after serial 9999
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String newKkNumber(String kecamatanCode, LocalDate issuedOn) {
    String series = "KK:" + kecamatanCode + ":" + issuedOn;
    while (true) {
      int serial = serials.next(series);
      if (serial > 9999) {
        throw new DomainRuleViolation(
            "kk-serials-exhausted",
            "All 9,999 KK number serials of this kecamatan and day are used.",
            null);
      }
      String kk = KkNumber.of(kecamatanCode, issuedOn, serial).value();
      if (!families.kkNumberTaken(kk)) {
        return kk;
      }
    }
  }

  /** A document number, e.g. {@code 1602-LT-27112026-0001} (regency, type, day, serial). */
  @Transactional(Transactional.TxType.MANDATORY)
  public String documentNumber(CertificateType type, LocalDate issuedOn) {
    String day = issuedOn.format(DAY);
    int serial = serials.next(type.numberCode() + ":" + day);
    return String.format("%s-%s-%s-%04d", config.regencyCode(), type.numberCode(), day, serial);
  }

  /** A move number, e.g. {@code 1602-PD-27112026-0001}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public String moveNumber(LocalDate recordedOn) {
    String day = recordedOn.format(DAY);
    int serial = serials.next("PD:" + day);
    return String.format("%s-PD-%s-%04d", config.regencyCode(), day, serial);
  }
}
