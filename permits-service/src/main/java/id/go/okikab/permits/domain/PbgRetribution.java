package id.go.okikab.permits.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * PBG retribution (domain.md §4.2, PP 16/2021): {@code LLt × (Ilo × SHST) × It × Ibg}, in whole
 * rupiah (half up). SHST and Ilo are the permit type's data (set by the regent and the Perda); It
 * and Ibg are assessed per building by the officer.
 */
public final class PbgRetribution {

  private PbgRetribution() {}

  /**
   * @param floorAreaM2 LLt, total floor area (m²), positive
   * @param shst standard unit price per m² (rupiah), positive
   * @param localityIndex Ilo as a fraction (0.005 for 0.5 %), positive
   * @param integratedIndex It, positive
   * @param builtStateIndex Ibg (1.00 new), in (0, 1]
   * @return the retribution in rupiah
   */
  public static long amount(
      BigDecimal floorAreaM2,
      long shst,
      BigDecimal localityIndex,
      BigDecimal integratedIndex,
      BigDecimal builtStateIndex) {
    requirePositive(floorAreaM2, "floorAreaM2");
    requirePositive(localityIndex, "localityIndex");
    requirePositive(integratedIndex, "integratedIndex");
    requirePositive(builtStateIndex, "builtStateIndex");
    if (shst <= 0) {
      throw new IllegalArgumentException("shst must be positive");
    }
    if (builtStateIndex.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("builtStateIndex must be at most 1");
    }
    BigDecimal unit = localityIndex.multiply(BigDecimal.valueOf(shst));
    return floorAreaM2
        .multiply(unit)
        .multiply(integratedIndex)
        .multiply(builtStateIndex)
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  private static void requirePositive(BigDecimal value, String name) {
    if (value == null || value.signum() <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
