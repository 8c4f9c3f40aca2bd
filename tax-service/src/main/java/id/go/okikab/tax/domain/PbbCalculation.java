package id.go.okikab.tax.domain;

/**
 * PBB-P2 of one object (domain.md §3.2), in integer rupiah:
 *
 * <pre>
 * NJOP      = land_area × land NJOP/m²  +  building_area × building NJOP/m²
 * NJOP_base = p × max(0, NJOP − NJOPTKP)      (NJOPTKP only on the taxpayer's one object)
 * PBB_P2    = rate × NJOP_base, rounded down to the rupiah, at least the minimum payable
 * </pre>
 *
 * The minimum payable applies to every object with a positive NJOP (the Perda's "PBB minimal").
 */
public record PbbCalculation(long njop, long njoptkp, long base, long amount) {

  /** Overflow-safe limits: 10^9 m² at Rp10^9/m² would not fit; these do. */
  public static final long MAX_AREA_M2 = 100_000_000L;

  public static final long MAX_VALUE_PER_M2 = 1_000_000_000L;

  public static long njop(
      long landArea, long landValuePerM2, long buildingArea, long buildingValuePerM2) {
    return Math.addExact(
        Math.multiplyExact(landArea, landValuePerM2),
        Math.multiplyExact(buildingArea, buildingValuePerM2));
  }

  /**
   * @param applyNjoptkp whether this object is the one that carries the taxpayer's NJOPTKP this
   *     year
   */
  public static PbbCalculation of(long njop, boolean applyNjoptkp, PbbRule rule) {
    long njoptkp = applyNjoptkp ? Math.min(njop, rule.njoptkp()) : 0;
    long base = Math.multiplyExact(njop - njoptkp, rule.assessedPercent()) / 100;
    long amount = Math.multiplyExact(base, rule.ratePpm()) / 1_000_000L;
    if (njop > 0 && amount < rule.minimumPayable()) {
      amount = rule.minimumPayable();
    }
    return new PbbCalculation(njop, njoptkp, base, amount);
  }
}
