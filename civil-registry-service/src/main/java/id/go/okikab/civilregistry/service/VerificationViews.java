package id.go.okikab.civilregistry.service;

/** The answer to an agency. */
public final class VerificationViews {

  private VerificationViews() {}

  /** Match or no match; nothing more. */
  public record ResidentVerificationResult(boolean match) {}
}
