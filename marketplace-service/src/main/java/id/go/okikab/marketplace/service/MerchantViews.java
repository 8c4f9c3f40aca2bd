package id.go.okikab.marketplace.service;

import id.go.okikab.marketplace.domain.Merchant;
import id.go.okikab.marketplace.domain.MerchantStatusChange;
import id.go.okikab.platform.domain.OkiKecamatan;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the API answers about shops. */
public final class MerchantViews {

  private MerchantViews() {}

  /** The shop's identity, terms and status (published for buyers, PP 80/2019). */
  public record MerchantView(
      UUID id,
      String businessName,
      String nib,
      List<String> kbli,
      String msmeClass,
      String desaCode,
      String kecamatanCode,
      String kecamatanName,
      String address,
      String postalCode,
      String qrisNmid,
      String returnPolicy,
      int returnWindowDays,
      String status,
      String verifiedVia,
      OffsetDateTime registeredAt,
      OffsetDateTime verifiedAt,
      List<StatusChangeView> history,
      long version) {

    static MerchantView of(Merchant m, List<StatusChangeView> history) {
      return new MerchantView(
          m.id,
          m.businessName,
          m.nib,
          m.kbliList(),
          m.msmeClass.name(),
          m.desaCode,
          m.kecamatanCode,
          OkiKecamatan.name(m.kecamatanCode).orElse(null),
          m.address,
          m.postalCode,
          m.qrisNmid,
          m.returnPolicy,
          m.returnWindowDays,
          m.status.name(),
          m.verifiedVia,
          m.registeredAt,
          m.verifiedAt,
          history,
          m.version);
    }
  }

  public record StatusChangeView(
      String from, String to, String actor, String reason, OffsetDateTime at) {
    static StatusChangeView of(MerchantStatusChange c) {
      return new StatusChangeView(
          c.fromStatus == null ? null : c.fromStatus.name(),
          c.toStatus.name(),
          c.actor,
          c.reason,
          c.at);
    }
  }
}
