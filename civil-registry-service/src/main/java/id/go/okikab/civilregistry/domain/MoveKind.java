package id.go.okikab.civilregistry.domain;

/** Kinds of move (pindah datang). */
public enum MoveKind {
  /** to another address inside Ogan Komering Ilir */
  WITHIN_REGENCY,
  /** to another regency or province: SKPWNI issued, status MOVED_OUT */
  OUT_OF_REGENCY,
  /** from another regency with its SKPWNI: the NIK is kept */
  INTO_REGENCY
}
