package id.go.okikab.tax.domain;

/**
 * BPHTB (domain.md §3.3): NPOP is the transaction value, or the NJOP when the value is unknown or
 * lower; BPHTB = rate × max(0, NPOP − NPOPTKP), with NPOPTKP by acquisition kind.
 */
public final class Bphtb {

  private Bphtb() {}

  /** How the right was acquired (NPOPTKP case). */
  public enum Acquisition {
    /** Sale and other acquisitions: the first-acquisition NPOPTKP. */
    SALE,
    /** Inheritance or testamentary gift to lineal family one degree and spouse. */
    INHERITANCE
  }

  /**
   * @param transactionValue the declared value, {@code null} when unknown
   * @param njop that year's PBB NJOP of the object
   * @param npoptkp the NPOPTKP of the case (per Perda)
   * @param ratePpm the rate in parts per million (5% = 50,000)
   */
  public static Result compute(Long transactionValue, long njop, long npoptkp, int ratePpm) {
    long npop = transactionValue == null || transactionValue < njop ? njop : transactionValue;
    long base = Math.max(0, npop - npoptkp);
    return new Result(npop, base, Math.multiplyExact(base, ratePpm) / 1_000_000L);
  }

  public record Result(long npop, long base, long amount) {}
}
