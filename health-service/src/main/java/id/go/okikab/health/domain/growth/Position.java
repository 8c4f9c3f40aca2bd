package id.go.okikab.health.domain.growth;

/** How length/height was measured. */
public enum Position {
  /** recumbent length (PB, panjang badan): the norm under 24 months */
  LYING,
  /** standing height (TB, tinggi badan): the norm from 24 months */
  STANDING
}
