package id.go.okikab.health.domain.growth;

/**
 * One row of a WHO LMS table: the Box-Cox power {@code l}, the median {@code m} and the coefficient
 * of variation {@code s} (Cole and Green; WHO Child Growth Standards 2006, chapter 7).
 */
public record Lms(double l, double m, double s) {

  private static final double ZERO = 1e-12;

  /** The plain LMS z-score of {@code y}: {@code ((y/M)^L - 1) / (S·L)}, or {@code ln(y/M)/S}. */
  public double z(double y) {
    if (Math.abs(l) < ZERO) {
      return Math.log(y / m) / s;
    }
    return (Math.pow(y / m, l) - 1) / (s * l);
  }

  /** The measurement at {@code k} standard deviations: {@code M·(1 + L·S·k)^(1/L)}. */
  public double sd(double k) {
    if (Math.abs(l) < ZERO) {
      return m * Math.exp(s * k);
    }
    return m * Math.pow(1 + l * s * k, 1 / l);
  }

  /**
   * WHO's restricted ("adjusted") z-score for weight-based indicators: beyond ±3 the distance is
   * measured in units of the 2–3 SD gap on that side, so the skewed tail does not stretch z.
   */
  public double zRestricted(double y) {
    double z = z(y);
    if (z > 3) {
      double sd3 = sd(3);
      return 3 + (y - sd3) / (sd3 - sd(2));
    }
    if (z < -3) {
      double sd3 = sd(-3);
      return -3 + (y - sd3) / (sd(-2) - sd3);
    }
    return z;
  }

  /** Linear interpolation between this row and {@code next} ({@code fraction} 0..1). */
  Lms towards(Lms next, double fraction) {
    return new Lms(
        l + fraction * (next.l - l), m + fraction * (next.m - m), s + fraction * (next.s - s));
  }
}
