package id.go.okikab.platform.domain;

/** Sex as recorded by Dukcapil (SIAK code 1 = laki-laki, 2 = perempuan; domain.md §1.3). */
public enum Sex {
  MALE(1),
  FEMALE(2);

  private final int dukcapilCode;

  Sex(int dukcapilCode) {
    this.dukcapilCode = dukcapilCode;
  }

  /** The SIAK code: 1 male, 2 female. */
  public int dukcapilCode() {
    return dukcapilCode;
  }
}
