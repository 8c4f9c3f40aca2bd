package id.go.okikab.marketplace.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Business settings of the marketplace ({@code oki.marketplace.*}). */
@ConfigMapping(prefix = "oki.marketplace")
public interface MarketplaceConfig {

  Qris qris();

  Msme msme();

  Orders orders();

  /** QRIS (domain.md §5): the cap and expiry are UNCONFIRMED there, so configuration. */
  interface Qris {
    /** How long a dynamic QRIS code (and so an unpaid order) lives. */
    @WithDefault("PT30M")
    Duration expiry();

    /** The per-transaction cap of QRIS (rupiah); an order above it is refused. */
    @WithName("max-amount")
    @WithDefault("10000000")
    long maxAmount();

    /** How often unpaid, expired orders are cancelled and their stock released. */
    @WithName("expiry-sweep-every")
    @WithDefault("1m")
    String expirySweepEvery();

    /** City in the payload (tag 60) when the shop's kecamatan gives none. */
    @WithDefault("KAYU AGUNG")
    String city();
  }

  /** PP 7/2021 thresholds (rupiah, inclusive upper bounds). */
  interface Msme {
    @WithName("mikro-max-capital")
    @WithDefault("1000000000")
    long mikroMaxCapital();

    @WithName("kecil-max-capital")
    @WithDefault("5000000000")
    long kecilMaxCapital();

    @WithName("menengah-max-capital")
    @WithDefault("10000000000")
    long menengahMaxCapital();

    @WithName("mikro-max-turnover")
    @WithDefault("2000000000")
    long mikroMaxTurnover();

    @WithName("kecil-max-turnover")
    @WithDefault("15000000000")
    long kecilMaxTurnover();

    @WithName("menengah-max-turnover")
    @WithDefault("50000000000")
    long menengahMaxTurnover();
  }

  interface Orders {
    /**
     * A shop's return window when it names none (days after delivery; there is no statutory one).
     */
    @WithName("default-return-window-days")
    @WithDefault("2")
    int defaultReturnWindowDays();

    /** Most lines in one order. */
    @WithName("max-lines")
    @WithDefault("50")
    int maxLines();
  }
}
