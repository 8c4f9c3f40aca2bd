package id.go.okikab.health.domain.anc;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The KSPR score (Kartu Skor Poedji Rochjati, domain.md §2.2): a base score for every pregnancy
 * plus a weight per risk factor; the class follows from the total. The weights are configuration
 * (clinical practice, not a regulation). A factor, once recorded for a pregnancy, stays with the
 * points it had when recorded, so neither new findings nor a later change of weights ever lowers a
 * pregnancy's score.
 */
public final class Kspr {

  private final int baseScore;
  private final Map<RiskFactor, Integer> weights;
  private final int krtFrom;
  private final int krstFrom;

  /**
   * @param defaultWeight points of a factor not listed in {@code weights}
   * @param krtFrom lowest score that is KRT
   * @param krstFrom lowest score that is KRST
   */
  public Kspr(
      int baseScore,
      int defaultWeight,
      Map<RiskFactor, Integer> weights,
      int krtFrom,
      int krstFrom) {
    if (krtFrom <= baseScore || krstFrom <= krtFrom) {
      throw new IllegalArgumentException("KSPR thresholds must rise: base < KRT < KRST");
    }
    this.baseScore = baseScore;
    this.weights = new EnumMap<>(RiskFactor.class);
    for (RiskFactor factor : RiskFactor.values()) {
      int weight = weights.getOrDefault(factor, defaultWeight);
      if (weight <= 0) {
        throw new IllegalArgumentException("KSPR weight of " + factor + " must be positive");
      }
      this.weights.put(factor, weight);
    }
    this.krtFrom = krtFrom;
    this.krstFrom = krstFrom;
  }

  /** The card as printed: base 2, each factor 4, caesarean/breech/transverse/bleeding/PEB 8. */
  public static Kspr standard() {
    return new Kspr(
        2,
        4,
        Map.of(
            RiskFactor.PREVIOUS_CAESAREAN, 8,
            RiskFactor.BREECH, 8,
            RiskFactor.TRANSVERSE_LIE, 8,
            RiskFactor.ANTEPARTUM_BLEEDING, 8,
            RiskFactor.SEVERE_PREECLAMPSIA, 8),
        6,
        12);
  }

  public int baseScore() {
    return baseScore;
  }

  /** Points a factor adds when recorded now. */
  public int weight(RiskFactor factor) {
    return weights.get(factor);
  }

  /** Score of a pregnancy whose factors carry the given recorded points. */
  public int score(Collection<Integer> recordedPoints) {
    return baseScore + recordedPoints.stream().mapToInt(Integer::intValue).sum();
  }

  /** Score of a set of factors at the current weights. */
  public int scoreOf(Collection<RiskFactor> factors) {
    return score(factors.stream().distinct().map(this::weight).toList());
  }

  public RiskClass classify(int score) {
    if (score >= krstFrom) {
      return RiskClass.KRST;
    }
    if (score >= krtFrom) {
      return RiskClass.KRT;
    }
    return RiskClass.KRR;
  }
}
