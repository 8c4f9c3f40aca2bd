package id.go.okikab.civilregistry.service;

import java.time.LocalDate;
import java.util.UUID;

/** Documents: for officers and the people they concern, for the public, and as references. */
public final class CertificateViews {

  private CertificateViews() {}

  /** A document issued for a registration or move. */
  public record CertificateRef(
      UUID id, String type, String number, String verificationCode, LocalDate issuedOn) {}

  /** What anyone holding a verification code may learn: never the NIK, never the full name. */
  public record PublicVerification(
      String documentType,
      String documentTitle,
      String number,
      String status,
      LocalDate issuedOn,
      String maskedName) {}

  /** A document, for officers and the people it concerns. */
  public record CertificateView(
      UUID id,
      String type,
      String title,
      String number,
      String verificationCode,
      String status,
      LocalDate issuedOn,
      UUID residentId,
      String nameOnDocument) {}
}
