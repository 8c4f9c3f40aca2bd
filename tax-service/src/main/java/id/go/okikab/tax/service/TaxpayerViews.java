package id.go.okikab.tax.service;

import id.go.okikab.tax.domain.Taxpayer;
import id.go.okikab.tax.domain.TaxpayerKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What the API shows of a taxpayer (never the NIK: the subjectRef stands for it). */
public final class TaxpayerViews {

  private TaxpayerViews() {}

  public record TaxpayerView(
      UUID id,
      String npwpd,
      TaxpayerKind kind,
      String subjectRef,
      String nib,
      String name,
      String address,
      String desaCode,
      boolean deceased,
      LocalDate deceasedOn,
      boolean heirRecorded,
      OffsetDateTime registeredAt) {

    public static TaxpayerView of(Taxpayer t) {
      return new TaxpayerView(
          t.id,
          t.npwpd,
          t.kind,
          t.subjectRef,
          t.nib,
          t.name,
          t.address,
          t.desaCode,
          t.deceased,
          t.deceasedOn,
          t.heirSubjectRef != null,
          t.registeredAt);
    }
  }
}
