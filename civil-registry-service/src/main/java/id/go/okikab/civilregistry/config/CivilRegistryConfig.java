package id.go.okikab.civilregistry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The civil registry's business settings ({@code oki.civil-registry.*}). The clock and zone are the
 * platform's ({@code PlatformTime}: WIB).
 */
@ConfigMapping(prefix = "oki.civil-registry")
public interface CivilRegistryConfig {

  /** The Kemendagri code of the regency this registry serves (OKI: 1602). */
  @WithDefault("1602")
  String regencyCode();

  Births births();

  Deaths deaths();

  /** Birth registrations. */
  interface Births {
    /** Reported later than this many days after the birth is late (UU 24/2013 Pasal 27). */
    @WithDefault("60")
    int lateAfterDays();

    /** Administrative fine for late reporting, rupiah (UU 23/2006 Pasal 90: set by Perda). */
    @WithDefault("0")
    long lateFineRupiah();
  }

  /** Death registrations. */
  interface Deaths {
    /** Reported later than this many days after the death is late (UU 24/2013 Pasal 44). */
    @WithDefault("30")
    int lateAfterDays();

    /** Administrative fine for late reporting, rupiah. */
    @WithDefault("0")
    long lateFineRupiah();
  }
}
