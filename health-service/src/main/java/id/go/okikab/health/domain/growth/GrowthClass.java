package id.go.okikab.health.domain.growth;

/** The nutritional status categories of Permenkes 2/2020 (labels as the regulation names them). */
public enum GrowthClass {
  // BB/U
  SEVERELY_UNDERWEIGHT("berat badan sangat kurang", true),
  UNDERWEIGHT("berat badan kurang", true),
  NORMAL_WEIGHT("berat badan normal", false),
  RISK_OF_OVERWEIGHT_FOR_AGE("risiko berat badan lebih", false),
  // PB/U, TB/U
  SEVERELY_STUNTED("sangat pendek", true),
  STUNTED("pendek", true),
  NORMAL_HEIGHT("normal", false),
  TALL("tinggi", false),
  // BB/PB, BB/TB, IMT/U
  SEVERELY_WASTED("gizi buruk", true),
  WASTED("gizi kurang", true),
  NORMAL_NUTRITION("gizi baik", false),
  POSSIBLE_RISK_OF_OVERWEIGHT("berisiko gizi lebih", false),
  OVERWEIGHT("gizi lebih", false),
  OBESE("obesitas", false);

  private final String label;
  private final boolean undernutrition;

  GrowthClass(String label, boolean undernutrition) {
    this.label = label;
    this.undernutrition = undernutrition;
  }

  public String label() {
    return label;
  }

  /** Stunting, wasting or underweight (a risk the puskesmas acts on). */
  public boolean undernutrition() {
    return undernutrition;
  }
}
